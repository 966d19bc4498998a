package app.roster.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * What the API answers when it cannot do what was asked: an RFC 9457 problem, sent as
 * application/problem+json. Problems a client can act on have a type of their own (listed below,
 * stable, not meant to be opened); every other failure is "about:blank" with the HTTP status saying
 * it all. Invalid input and conflicts list the fields concerned in {@code errors}.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** 400: the request body, a field or a query parameter is not acceptable; see errors. */
  public static final String VALIDATION = "https://roster.app/problems/validation";

  /** 409: the change clashes with data that exists (a duplicate email, say); see errors. */
  public static final String CONFLICT = "https://roster.app/problems/conflict";

  /** 412: If-Match names a version that is no longer current; read again, then retry. */
  public static final String STALE_VERSION = "https://roster.app/problems/stale-version";

  /** 428: the request changes a member and must carry If-Match with its ETag. */
  public static final String IF_MATCH_REQUIRED = "https://roster.app/problems/if-match-required";

  /** Nothing more to say than the HTTP status. */
  public static final String ABOUT_BLANK = "about:blank";

  /** The type for a status: a Roster type where one exists, otherwise about:blank. */
  public static String typeFor(int status) {
    return switch (status) {
      case 400 -> VALIDATION;
      case 409 -> CONFLICT;
      case 412 -> STALE_VERSION;
      case 428 -> IF_MATCH_REQUIRED;
      default -> ABOUT_BLANK;
    };
  }

  /**
   * Whether problems of this status always carry an errors list (possibly empty). Others carry one
   * only when the refusal names a field (a 403 for a role the caller may not grant).
   */
  static boolean listsFields(int status) {
    return status == 400 || status == 409;
  }
}
