package app.roster.platform;

/**
 * Which slice of a list to show: a zero-based page, its size (1 to {@link #MAX_SIZE}), and the sort
 * as "field" or "-field" for descending. Lists check the field against what they offer.
 */
public record PageRequest(int page, int size, String sort) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInput("error.page", new FieldError("page", Messages.get("error.page")));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInput("error.size", new FieldError("size", Messages.get("error.size")));
    }
  }

  public long offset() {
    return (long) page * size;
  }

  public boolean descending() {
    return sort != null && sort.startsWith("-");
  }

  public String sortField() {
    if (sort == null || sort.isBlank()) {
      return null;
    }
    return descending() ? sort.substring(1) : sort;
  }
}
