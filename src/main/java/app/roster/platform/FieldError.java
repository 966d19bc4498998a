package app.roster.platform;

import java.io.Serializable;

/** One field's problem: its name as the API spells it, and a readable message. */
public record FieldError(String field, String message) implements Serializable {}
