package app.roster.labels;

import static app.roster.security.Permission.LABELS_MANAGE;
import static app.roster.security.Permission.MEMBERS_EDIT;
import static app.roster.security.Permission.MEMBERS_VIEW;

import app.roster.members.Member;
import app.roster.platform.Conflict;
import app.roster.platform.Constraints;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.StaleVersion;
import app.roster.roles.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workspace's labels and the labels of each member. Managing the list of labels (create,
 * rename, recolour, delete) needs labels.manage; putting labels on a member or taking them off
 * needs members.edit and the right to edit that member (nobody labels a member whose role has
 * permissions they lack). The console and the API both call these methods.
 */
@Stateless
public class Labels {

  private static final Logger LOG = Logger.getLogger(Labels.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject MemberLabels memberLabels;

  @Inject Event<LabelDeleted> deleted;

  // The list of labels

  /** Every label by name; anyone who sees members sees the labels they may carry. */
  @RolesAllowed({MEMBERS_VIEW, LABELS_MANAGE})
  public List<Label> all() {
    return em.createNamedQuery(Label.ALL, Label.class).getResultList();
  }

  /**
   * Every label with the number of members carrying it: one pass over the (label_id, member_id)
   * index, grouped by label.
   */
  @RolesAllowed({MEMBERS_VIEW, LABELS_MANAGE})
  public List<LabelUsage> usage() {
    Map<Long, Long> counts = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "SELECT ml.labelId, COUNT(ml) FROM MemberLabel ml GROUP BY ml.labelId",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return all().stream().map(l -> new LabelUsage(l, counts.getOrDefault(l.getId(), 0L))).toList();
  }

  /** Labels whose name starts with what was typed, for the autocomplete chips (at most 20). */
  @RolesAllowed({MEMBERS_VIEW, LABELS_MANAGE})
  public List<Label> suggest(String typed) {
    String prefix = Label.normalize(typed);
    return em.createNamedQuery(Label.STARTING, Label.class)
        .setParameter("prefix", escapeLike(prefix) + "%")
        .setMaxResults(20)
        .getResultList();
  }

  @RolesAllowed({MEMBERS_VIEW, LABELS_MANAGE})
  public Label find(long id) {
    Label label = em.find(Label.class, id);
    if (label == null) {
      throw new NotFound("label.notFound");
    }
    return label;
  }

  /** The label with this name (in any case), or 404. */
  @RolesAllowed({MEMBERS_VIEW, LABELS_MANAGE})
  public Label named(String name) {
    return memberLabels.byName(name).orElseThrow(() -> new NotFound("label.notFound"));
  }

  @RolesAllowed(LABELS_MANAGE)
  public Label create(@NotNull @Valid LabelDraft draft) {
    require(LABELS_MANAGE);
    refuseTakenName(draft.getName(), null);
    Label label = new Label(draft.getName(), draft.getColour(), clock.instant());
    em.persist(label);
    flushOrExplain();
    LOG.log(Level.INFO, "Label {0} created", label.getId());
    return label;
  }

  /** Renames and recolours; members keep the label, since they refer to it by id. */
  @RolesAllowed(LABELS_MANAGE)
  public Label update(long id, long expectedVersion, @NotNull @Valid LabelDraft draft) {
    require(LABELS_MANAGE);
    Label label = find(id);
    if (label.getVersion() != expectedVersion) {
      throw new StaleVersion();
    }
    refuseTakenName(draft.getName(), label);
    label.rename(draft.getName());
    label.recolour(draft.getColour());
    flushOrExplain();
    LOG.log(Level.INFO, "Label {0} changed", label.getId());
    return label;
  }

  /** Deletes the label; the members carrying it lose it (the rows cascade in the database). */
  @RolesAllowed(LABELS_MANAGE)
  public void delete(long id) {
    require(LABELS_MANAGE);
    Label label = find(id);
    long carriers =
        em.createQuery("SELECT COUNT(ml) FROM MemberLabel ml WHERE ml.labelId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    em.createQuery("DELETE FROM MemberLabel ml WHERE ml.labelId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.remove(label);
    em.flush();
    deleted.fire(new LabelDeleted(id, label.getName(), carriers));
    LOG.log(Level.INFO, "Label {0} deleted from {1} members", new Object[] {id, carriers});
  }

  // The labels of members

  @RolesAllowed(MEMBERS_VIEW)
  public List<Label> of(long memberId) {
    return memberLabels.of(memberId);
  }

  /** The labels of a page of members in one query: member id to labels by name. */
  @RolesAllowed(MEMBERS_VIEW)
  public Map<Long, List<Label>> ofMembers(Collection<Long> memberIds) {
    return memberLabels.ofMembers(memberIds);
  }

  /** Puts the label on the member; answers false when the member had it already. */
  @RolesAllowed(MEMBERS_EDIT)
  public boolean add(long memberId, String labelName) {
    Member member = editableMember(memberId);
    return memberLabels.add(member.getId(), requireLabel(labelName, "label"));
  }

  /** Takes the label off the member; answers false when the member did not have it. */
  @RolesAllowed(MEMBERS_EDIT)
  public boolean remove(long memberId, String labelName) {
    Member member = editableMember(memberId);
    return memberLabels.remove(member.getId(), requireLabel(labelName, "label"));
  }

  /**
   * Makes the member's labels exactly these (by name, any case); each label added or removed is an
   * event of its own. Unknown names are refused, all at once, before anything changes.
   */
  @RolesAllowed(MEMBERS_EDIT)
  public List<Label> set(long memberId, @NotNull Collection<String> labelNames) {
    Member member = editableMember(memberId);
    List<Label> wanted = requireLabels(labelNames);
    Set<Long> wantedIds = new LinkedHashSet<>();
    wanted.forEach(l -> wantedIds.add(l.getId()));
    for (Label current : memberLabels.of(member.getId())) {
      if (!wantedIds.contains(current.getId())) {
        memberLabels.remove(member.getId(), current);
      }
    }
    for (Label label : wanted) {
      memberLabels.add(member.getId(), label);
    }
    return memberLabels.of(member.getId());
  }

  /**
   * The labels with these names, in the order given, duplicates dropped; a field error on "labels"
   * naming every unknown one otherwise.
   */
  public List<Label> requireLabels(Collection<String> names) {
    Map<String, String> byNorm = new LinkedHashMap<>();
    for (String name : names) {
      if (name == null || Label.normalize(name).isEmpty()) {
        throw unknown("labels", String.valueOf(name));
      }
      byNorm.putIfAbsent(Label.normalize(name), name);
    }
    if (byNorm.isEmpty()) {
      return List.of();
    }
    Map<String, Label> found = new HashMap<>();
    em.createNamedQuery(Label.BY_NAMES, Label.class)
        .setParameter("names", byNorm.keySet())
        .getResultList()
        .forEach(l -> found.put(l.getNameNorm(), l));
    List<String> missing = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    byNorm.forEach(
        (norm, typed) -> {
          if (found.containsKey(norm)) {
            labels.add(found.get(norm));
          } else {
            missing.add(typed);
          }
        });
    if (!missing.isEmpty()) {
      throw unknown("labels", String.join(", ", missing));
    }
    return labels;
  }

  public Label requireLabel(String name, String field) {
    return memberLabels.byName(name).orElseThrow(() -> unknown(field, String.valueOf(name)));
  }

  /** The member, if the caller may change it: they hold every permission of its role. */
  public Member editableMember(long memberId) {
    require(MEMBERS_EDIT);
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    if (!roles.callerMayGrant(member.getRole())) {
      throw new Forbidden("member.notEditable");
    }
    return member;
  }

  /** Checks the permission against the caller's role as it is now in the database. */
  public void require(String permission) {
    if (!roles.callerHolds(permission)) {
      throw new Forbidden("error.forbidden");
    }
  }

  private void refuseTakenName(String name, Label self) {
    memberLabels
        .byName(name)
        .filter(other -> self == null || !other.getId().equals(self.getId()))
        .ifPresent(
            other -> {
              throw new Conflict(
                  "label.name.taken",
                  new FieldError("name", Messages.get("label.name.taken", other.getName())));
            });
  }

  private void flushOrExplain() {
    Constraints.flush(
        em,
        "uk_label_name",
        () ->
            new Conflict(
                "label.name.taken", new FieldError("name", Messages.get("label.name.taken", ""))));
  }

  private static InvalidInput unknown(String field, String names) {
    return new InvalidInput(
        "label.unknown", new FieldError(field, Messages.get("label.unknown", names)));
  }

  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
