package app.roster.privacy;

import static app.roster.security.Permission.PRIVACY_MANAGE;

import app.roster.members.Member;
import app.roster.members.MemberArchived;
import app.roster.members.MemberErased;
import app.roster.members.MemberExported;
import app.roster.members.MemberStatus;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Privacy requests about one member, for Owners (privacy.manage): export everything Roster holds
 * about them as JSON, gathered from every {@link MemberDataSection}; and erase their personal data.
 * Erasing keeps the member's row, history and counts but replaces every personal field, archives
 * the member (signed out, invitations revoked), strips personal data from their audit entries,
 * invitations and outbox messages, and records the erasure itself in the audit trail.
 */
@Stateless
public class PrivacyRequests {

  private static final Logger LOG = Logger.getLogger(PrivacyRequests.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject @Any Instance<MemberDataSection> sections;

  @Inject Event<MemberExported> exported;

  @Inject Event<MemberArchived> archived;

  @Inject Event<MemberErased> erased;

  @Resource SessionContext context;

  @RolesAllowed(PRIVACY_MANAGE)
  public JsonObject export(long id) {
    Member member = mayHandle(id, LockModeType.NONE);
    JsonObjectBuilder data = Json.createObjectBuilder();
    sections.stream()
        .sorted(Comparator.comparing(MemberDataSection::name))
        .forEach(section -> data.add(section.name(), section.export(id)));
    exported.fire(new MemberExported(id));
    LOG.log(
        Level.INFO,
        "Data of member {0,number,#} exported by member {1}",
        new Object[] {id, context.getCallerPrincipal().getName()});
    return Json.createObjectBuilder()
        .add("memberId", member.getId())
        .add("exportedAt", clock.instant().toString())
        .add("sections", data)
        .build();
  }

  @RolesAllowed(PRIVACY_MANAGE)
  public Member erase(long id) {
    Member member = mayHandle(id, LockModeType.PESSIMISTIC_WRITE);
    if (String.valueOf(id).equals(context.getCallerPrincipal().getName())) {
      throw refused("privacy.erase.self");
    }
    keepAnOwner(member);
    String formerEmail = member.getEmailNorm();
    String formerPhone = member.getPhoneE164();
    boolean wasActive = member.getStatus() == MemberStatus.ACTIVE;
    if (wasActive) {
      archived.fire(new MemberArchived(id, formerEmail));
    }
    member.erase(clock.instant());
    em.flush();
    erased.fire(new MemberErased(id, formerEmail, formerPhone));
    em.flush();
    LOG.log(
        Level.INFO,
        "Personal data of member {0,number,#} erased by member {1}",
        new Object[] {id, context.getCallerPrincipal().getName()});
    return member;
  }

  private Member mayHandle(long id, LockModeType lock) {
    if (!roles.callerHolds(PRIVACY_MANAGE)) {
      throw new Forbidden("privacy.notAllowed");
    }
    Member member = em.find(Member.class, id, lock);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    return member;
  }

  private void keepAnOwner(Member member) {
    if (!member.getRole().isOwner() || member.getStatus() != MemberStatus.ACTIVE) {
      return;
    }
    long owners =
        em.createNamedQuery(Member.COUNT_WITH_ROLE, Long.class)
            .setParameter("role", member.getRole())
            .setParameter("status", MemberStatus.ACTIVE)
            .getSingleResult();
    if (owners <= 1) {
      throw refused("archive.lastOwner");
    }
  }

  private static InvalidInput refused(String key) {
    return new InvalidInput(key, new FieldError("id", Messages.get(key)));
  }
}
