package app.roster.experiments;

import java.util.Map;

/**
 * An admin created an experiment: fired in the creating transaction so the audit trail records it
 * there, with the experiment's facts (name, status, groups and weights, condition).
 */
public record ExperimentCreated(long experimentId, String key, Map<String, String> facts) {}
