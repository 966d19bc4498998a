package app.roster.labels;

import static app.roster.security.Permission.MEMBERS_EDIT;

import app.roster.members.Member;
import app.roster.members.MemberFilter;
import app.roster.members.MemberFilter.LabelMatch;
import app.roster.members.Members;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.PageRequest;
import app.roster.roles.RoleKind;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Puts one label on many members, or takes it off, in the background: {@value #BATCH} members per
 * transaction, walked in id order, each change audited and fired as an event like a single one. The
 * members are the rows an admin selected, or every member matching the list's filter. Members the
 * caller may not edit are skipped and counted. Progress is kept in the database.
 */
@Stateless
public class BulkLabels {

  private static final Logger LOG = Logger.getLogger(BulkLabels.class.getName());

  static final int BATCH = 200;

  /** Selections above this many members are refused; a filter covers any number. */
  public static final int MAX_SELECTED = 10_000;

  @PersistenceContext EntityManager em;

  @Inject Labels labels;

  @Inject MemberLabels memberLabels;

  @EJB Members members;

  @Inject Roles roles;

  @Inject Clock clock;

  @Resource SessionContext context;

  /** Starts a job over the selected members; returns its id at once. */
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(String labelName, boolean remove, Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      throw new InvalidInput(
          "labels.bulk.empty", new FieldError("members", Messages.get("labels.bulk.empty")));
    }
    if (memberIds.size() > MAX_SELECTED) {
      throw new InvalidInput(
          "labels.bulk.tooMany",
          new FieldError("members", Messages.get("labels.bulk.tooMany", MAX_SELECTED)));
    }
    long id = self().create(labelName, remove, null, new TreeSet<>(memberIds));
    self().run(id);
    return id;
  }

  /** Starts a job over every member matching the filter; returns its id at once. */
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long startForFilter(String labelName, boolean remove, MemberFilter filter) {
    long id = self().create(labelName, remove, filter, null);
    self().run(id);
    return id;
  }

  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long create(
      String labelName, boolean remove, MemberFilter filter, Collection<Long> memberIds) {
    labels.require(MEMBERS_EDIT);
    Label label = labels.requireLabel(labelName, "label");
    int total =
        filter == null
            ? memberIds.size()
            : (int)
                Math.min(
                    Integer.MAX_VALUE, members.list(filter, new PageRequest(0, 1, null)).total());
    long caller = Long.parseLong(context.getCallerPrincipal().getName());
    BulkLabel job =
        new BulkLabel(
            label, remove, filter == null ? null : toJson(filter), total, caller, clock.instant());
    em.persist(job);
    em.flush();
    if (memberIds != null) {
      for (Long memberId : memberIds) {
        em.createNativeQuery(
                "INSERT INTO bulk_label_member (bulk_label_id, member_id) VALUES (?, ?)")
            .setParameter(1, job.getId())
            .setParameter(2, memberId)
            .executeUpdate();
      }
    }
    LOG.log(
        Level.INFO,
        "Bulk labelling {0,number,#} started by member {1,number,#}: {2} label {3,number,#} on"
            + " {4,number,#} members",
        new Object[] {job.getId(), caller, remove ? "remove" : "add", label.getId(), total});
    return job.getId();
  }

  /** Works through the job batch by batch, each in a transaction of its own. */
  @Asynchronous
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long id) {
    try {
      while (self().nextBatch(id)) {
        // one batch per transaction
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Bulk labelling " + id + " stopped; run it again to resume", e);
    }
  }

  /** Handles the next batch and records the progress in one transaction; answers whether more. */
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean nextBatch(long id) {
    BulkLabel job = em.find(BulkLabel.class, id);
    if (job == null || job.isDone()) {
      return false;
    }
    Label label = em.find(Label.class, job.getLabelId());
    List<Long> ids = nextIds(job);
    int changed = 0;
    int skipped = 0;
    Map<Long, Member> loaded = load(ids);
    for (Long memberId : ids) {
      Member member = loaded.get(memberId);
      if (label == null || member == null || !roles.callerMayGrant(member.getRole())) {
        skipped++;
      } else if (job.isRemove()
          ? memberLabels.remove(memberId, label)
          : memberLabels.add(memberId, label)) {
        changed++;
      }
    }
    long last = ids.isEmpty() ? job.getLastMemberId() : ids.get(ids.size() - 1);
    job.handled(ids.size(), changed, skipped, last, ids.size() < BATCH, clock.instant());
    em.flush();
    if (job.isDone()) {
      LOG.log(
          Level.INFO,
          "Bulk labelling {0,number,#} done: {1,number,#} changed, {2,number,#} skipped",
          new Object[] {id, job.getChanged(), job.getSkipped()});
    }
    return !job.isDone();
  }

  @RolesAllowed(MEMBERS_EDIT)
  public BulkLabelProgress progress(long id) {
    BulkLabel job = em.find(BulkLabel.class, id);
    if (job == null) {
      throw new NotFound("labels.bulk.notFound");
    }
    em.refresh(job);
    return BulkLabelProgress.of(job);
  }

  private List<Long> nextIds(BulkLabel job) {
    if (job.getFilterJson() != null) {
      return members.idsAfter(fromJson(job.getFilterJson()), job.getLastMemberId(), BATCH);
    }
    return em
        .createNativeQuery(
            "SELECT member_id FROM bulk_label_member WHERE bulk_label_id = ? AND member_id > ?"
                + " ORDER BY member_id")
        .setParameter(1, job.getId())
        .setParameter(2, job.getLastMemberId())
        .setMaxResults(BATCH)
        .getResultList()
        .stream()
        .map(v -> ((Number) v).longValue())
        .toList();
  }

  private Map<Long, Member> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT m FROM Member m JOIN FETCH m.role WHERE m.id IN :ids", Member.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Member::getId, Function.identity()));
  }

  static String toJson(MemberFilter filter) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (filter.query() != null) {
      json.add("query", filter.query());
    }
    if (filter.role() != null) {
      json.add("role", filter.role());
    }
    if (filter.type() != null) {
      json.add("type", filter.type().name());
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    filter.labels().forEach(names::add);
    return json.add("labels", names)
        .add("labelMatch", filter.labelMatch().name())
        .build()
        .toString();
  }

  static MemberFilter fromJson(String text) {
    JsonObject json = Json.createReader(new StringReader(text)).readObject();
    return new MemberFilter(
        json.getString("query", null),
        json.getString("role", null),
        json.containsKey("type") ? RoleKind.valueOf(json.getString("type")) : null,
        json.getJsonArray("labels").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList(),
        LabelMatch.valueOf(json.getString("labelMatch")));
  }

  private BulkLabels self() {
    return context.getBusinessObject(BulkLabels.class);
  }
}
