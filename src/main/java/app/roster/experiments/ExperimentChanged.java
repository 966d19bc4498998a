package app.roster.experiments;

import java.util.Map;

/**
 * An admin saved an experiment: its facts before and after (name, status, groups and weights,
 * condition), fired in the saving transaction; the audit trail keeps the ones that changed.
 */
public record ExperimentChanged(
    long experimentId, String key, Map<String, String> before, Map<String, String> after) {}
