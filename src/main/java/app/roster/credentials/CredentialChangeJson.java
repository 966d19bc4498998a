package app.roster.credentials;

import app.roster.members.Contacts;
import java.time.Instant;

/**
 * A credential change as the API shows it. {@code status} is pending, expired (pending, but the
 * link's time ran out), confirmed, cancelled or replaced; {@code sentVia} is email or sms.
 */
public record CredentialChangeJson(
    long id,
    long memberId,
    String field,
    String newValue,
    String status,
    String sentVia,
    String sentTo,
    Long requestedById,
    String requestedBy,
    Instant requestedAt,
    Instant sentAt,
    Instant expiresAt) {

  public static CredentialChangeJson of(CredentialChange change, Instant now) {
    boolean phone = change.getKind() == CredentialKind.PHONE;
    String status =
        change.isPending() && change.isExpiredAt(now) ? "expired" : change.getStatus().word();
    return new CredentialChangeJson(
        change.getId(),
        change.getMember().getId(),
        change.getKind().field(),
        phone ? Contacts.international(change.getNewValue()) : change.getNewValue(),
        status,
        change.getSentVia().name().toLowerCase(java.util.Locale.ROOT),
        change.getSentVia() == app.roster.messaging.entity.Channel.SMS
            ? Contacts.international(change.getSentTo())
            : change.getSentTo(),
        change.getRequestedBy() == null ? null : change.getRequestedBy().getId(),
        change.getRequestedByLabel(),
        change.getRequestedAt(),
        change.getSentAt(),
        change.getExpiresAt());
  }
}
