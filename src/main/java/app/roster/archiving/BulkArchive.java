package app.roster.archiving;

import java.util.List;

/** What archiving a selection did: how many members changed, and why the others did not. */
public record BulkArchive(int changed, List<String> refusals) {}
