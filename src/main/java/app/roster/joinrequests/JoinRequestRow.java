package app.roster.joinrequests;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A confirmed join request as the review table shows it. */
public class JoinRequestRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final long id;
  private final String name;
  private final String email;
  private final String message;
  private final String status;
  private final Instant requestedAt;

  JoinRequestRow(JoinRequest request) {
    this.id = request.getId();
    this.name = request.getName();
    this.email = request.getEmail();
    this.message = request.getMessage();
    this.status = request.getStatus().word();
    this.requestedAt = request.getConfirmedAt();
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getMessage() {
    return message;
  }

  public String getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  /** When the requester confirmed the request, as the table shows it. */
  public String getRequestedAtText() {
    return requestedAt == null ? "" : TIME.format(requestedAt);
  }

  public boolean isPending() {
    return JoinRequestStatus.PENDING.word().equals(status);
  }
}
