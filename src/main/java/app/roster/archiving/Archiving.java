package app.roster.archiving;

import static app.roster.security.Permission.MEMBERS_ARCHIVE;

import app.roster.members.Member;
import app.roster.members.MemberArchived;
import app.roster.members.MemberStatus;
import app.roster.members.MemberUnarchived;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.RosterException;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Archiving members and bringing them back. An archived member keeps all their data but cannot sign
 * in, is signed out at their next request, has their pending invitations revoked, drops out of the
 * default member list and the billing count. Who may archive whom: the caller holds members.archive
 * and every permission of the member's role (an Admin never archives an Owner); nobody archives
 * themselves, and the last active Owner stays.
 */
@Stateless
public class Archiving {

  private static final Logger LOG = Logger.getLogger(Archiving.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject Event<MemberArchived> archived;

  @Inject Event<MemberUnarchived> unarchived;

  @Resource SessionContext context;

  /** Archives one member; archiving an archived member again changes nothing. */
  @RolesAllowed(MEMBERS_ARCHIVE)
  public Member archive(long id) {
    Member member = mayArchive(id);
    if (member.getStatus() == MemberStatus.ARCHIVED) {
      return member;
    }
    if (String.valueOf(id).equals(context.getCallerPrincipal().getName())) {
      throw refused("archive.self");
    }
    keepAnOwner(member);
    member.archive(clock.instant());
    em.flush();
    archived.fire(new MemberArchived(id, member.getEmailNorm()));
    LOG.log(
        Level.INFO,
        "Member {0,number,#} archived by member {1}",
        new Object[] {id, context.getCallerPrincipal().getName()});
    return member;
  }

  /** Brings an archived member back; an active member is left as it is. */
  @RolesAllowed(MEMBERS_ARCHIVE)
  public Member unarchive(long id) {
    Member member = mayArchive(id);
    if (member.getStatus() == MemberStatus.ACTIVE) {
      return member;
    }
    member.unarchive(clock.instant());
    em.flush();
    unarchived.fire(new MemberUnarchived(id));
    LOG.log(
        Level.INFO,
        "Member {0,number,#} unarchived by member {1}",
        new Object[] {id, context.getCallerPrincipal().getName()});
    return member;
  }

  /**
   * Archives (or unarchives) a console selection, each member in a transaction of its own, so one
   * refusal (the last Owner, say) leaves the others done; says how many changed and why others were
   * refused.
   */
  @RolesAllowed(MEMBERS_ARCHIVE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkArchive all(List<Long> ids, boolean archive) {
    Archiving self = context.getBusinessObject(Archiving.class);
    int changed = 0;
    List<String> refusals = new ArrayList<>();
    for (long id : ids) {
      try {
        if (archive) {
          self.archiveAlone(id);
        } else {
          self.unarchiveAlone(id);
        }
        changed++;
      } catch (RosterException refusal) {
        refusals.add(Messages.get(refusal.messageKey(), refusal.messageArgs()));
      }
    }
    return new BulkArchive(changed, refusals);
  }

  @RolesAllowed(MEMBERS_ARCHIVE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void archiveAlone(long id) {
    archive(id);
  }

  @RolesAllowed(MEMBERS_ARCHIVE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void unarchiveAlone(long id) {
    unarchive(id);
  }

  /** The member, locked for this transaction, when the caller may archive them. */
  private Member mayArchive(long id) {
    if (!roles.callerHolds(MEMBERS_ARCHIVE)) {
      throw new Forbidden("archive.notAllowed");
    }
    Member member = em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    if (!roles.callerMayGrant(member.getRole())) {
      throw new Forbidden("archive.notAllowedForRole");
    }
    return member;
  }

  /**
   * Refuses to archive the last active Owner. The Owners are locked while counting, so two admins
   * archiving the last two Owners at once cannot both succeed.
   */
  private void keepAnOwner(Member member) {
    if (!member.getRole().isOwner()) {
      return;
    }
    List<Member> owners =
        em.createQuery(
                "SELECT m FROM Member m WHERE m.role = :role AND m.status = :active", Member.class)
            .setParameter("role", member.getRole())
            .setParameter("active", MemberStatus.ACTIVE)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (owners.size() <= 1) {
      throw refused("archive.lastOwner");
    }
  }

  private static InvalidInput refused(String key) {
    return new InvalidInput(key, new FieldError("status", Messages.get(key)));
  }
}
