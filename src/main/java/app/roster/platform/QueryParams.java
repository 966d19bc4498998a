package app.roster.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads the query parameters of a list call (page, size, filters by status or type) and collects
 * every problem, so that one 400 answer names all the bad parameters at once.
 */
public final class QueryParams {

  private final List<FieldError> errors = new ArrayList<>();

  /** A whole number, or 0 with an error on {@code field}. */
  public int number(String field, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException | NullPointerException e) {
      errors.add(new FieldError(field, Messages.get("api.query.number")));
      return 0;
    }
  }

  /**
   * The constant named by {@code value}, in any case ("team", "PENDING"), or null when the
   * parameter is absent; an unknown name leaves an error with the bundle's {@code messageKey}.
   */
  public <E extends Enum<E>> E choice(Class<E> type, String field, String value, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, Messages.get(key, value)));
      return null;
    }
  }

  /**
   * A point in time: an ISO instant ("2026-12-04T10:15:30Z") as given, or an ISO date
   * ("2026-12-04") as the start of that day in UTC, or of the next day when {@code dayEnd} is set
   * (for an exclusive upper bound that includes the whole day); null when absent.
   */
  public Instant instant(String field, String value, boolean dayEnd) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException notAnInstant) {
      try {
        LocalDate day = LocalDate.parse(value.strip());
        return (dayEnd ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        errors.add(new FieldError(field, Messages.get("api.query.instant")));
        return null;
      }
    }
  }

  /** A whole number that identifies something, or null when absent. */
  public Long id(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, Messages.get("api.query.number")));
      return null;
    }
  }

  /** One of {@code allowed}, as given, or null when absent; anything else leaves an error. */
  public String oneOf(String field, String value, Collection<String> allowed, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!allowed.contains(value.strip())) {
      errors.add(new FieldError(field, Messages.get(key, value)));
      return null;
    }
    return value.strip();
  }

  /** The page asked for, once every parameter read so far is known to be valid. */
  public PageRequest page(String page, String size, String sort) {
    int pageNumber = number("page", page);
    int pageSize = number("size", size);
    requireValid();
    return new PageRequest(pageNumber, pageSize, sort);
  }

  /** Refuses the call with one problem that lists every bad parameter. */
  public void requireValid() {
    if (!errors.isEmpty()) {
      throw new InvalidInput("api.query.invalid", errors);
    }
  }
}
