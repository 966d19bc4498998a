package app.roster.members;

import app.roster.roles.Role;
import app.roster.roles.RoleKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A human in the workspace: a team member or a customer, by the kind of its role. The email is kept
 * as typed for display and matched in its normalised form; the phone is kept in E.164.
 */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_EMAIL, query = "SELECT m FROM Member m WHERE m.emailNorm = :email")
@NamedQuery(name = Member.BY_PHONE, query = "SELECT m FROM Member m WHERE m.phoneE164 = :phone")
@NamedQuery(
    name = Member.BY_EXTERNAL_ID,
    query = "SELECT m FROM Member m WHERE m.externalId = :externalId")
@NamedQuery(
    name = Member.FAILED_SIGN_IN,
    query = "UPDATE Member m SET m.failedSignins = m.failedSignins + 1 WHERE m.id = :id")
@NamedQuery(
    name = Member.LOCK,
    query = "UPDATE Member m SET m.failedSignins = 0, m.lockedUntil = :until WHERE m.id = :id")
@NamedQuery(
    name = Member.SIGNED_IN,
    query =
        "UPDATE Member m SET m.failedSignins = 0, m.lockedUntil = NULL WHERE m.id = :id"
            + " AND (m.failedSignins > 0 OR m.lockedUntil IS NOT NULL)")
@NamedQuery(
    name = Member.SESSION_STATE,
    query = "SELECT m.sessionEpoch, m.status, m.kind FROM Member m WHERE m.id = :id")
@NamedQuery(
    name = Member.COUNT_WITH_ROLE,
    query = "SELECT COUNT(m) FROM Member m WHERE m.role = :role AND m.status = :status")
public class Member {

  public static final String BY_EMAIL = "Member.byEmail";
  public static final String BY_PHONE = "Member.byPhone";
  public static final String BY_EXTERNAL_ID = "Member.byExternalId";
  public static final String COUNT_WITH_ROLE = "Member.countWithRole";
  public static final String FAILED_SIGN_IN = "Member.failedSignIn";
  public static final String LOCK = "Member.lock";
  public static final String SIGNED_IN = "Member.signedIn";
  public static final String SESSION_STATE = "Member.sessionState";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_ids")
  @TableGenerator(
      name = "member_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "member",
      allocationSize = 50)
  private Long id;

  private String name;

  private String email;

  @Column(name = "email_norm")
  private String emailNorm;

  @Column(name = "phone_e164")
  private String phoneE164;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "role_id")
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_type")
  private RoleKind type;

  @Column(name = "external_id")
  private String externalId;

  @Enumerated(EnumType.STRING)
  private MemberStatus status = MemberStatus.ACTIVE;

  @Enumerated(EnumType.STRING)
  private MemberKind kind = MemberKind.REGULAR;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "session_epoch")
  private int sessionEpoch;

  @Column(name = "failed_signins")
  private int failedSignins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "member_search_token", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "token")
  private Set<String> searchTokens = new HashSet<>();

  protected Member() {}

  public Member(Role role, Instant now) {
    this.createdAt = now;
    this.updatedAt = now;
    changeRole(role);
  }

  /**
   * Sets the contact details from already normalised values and re-indexes search. A new sign-in
   * email ends the member's open sessions. Answers whether anything changed.
   */
  boolean describe(
      String name,
      String email,
      String emailNorm,
      String phoneE164,
      LocalDate dateOfBirth,
      String externalId) {
    boolean changed =
        !Objects.equals(this.name, name)
            || !Objects.equals(this.email, email)
            || !Objects.equals(this.phoneE164, phoneE164)
            || !Objects.equals(this.dateOfBirth, dateOfBirth)
            || !Objects.equals(this.externalId, externalId);
    if (this.emailNorm != null && !this.emailNorm.equals(emailNorm)) {
      sessionEpoch++;
    }
    this.name = name;
    this.email = email;
    this.emailNorm = emailNorm;
    this.phoneE164 = phoneE164;
    this.dateOfBirth = dateOfBirth;
    this.externalId = externalId;
    Set<String> tokens = SearchTerms.tokensFor(name, emailNorm, phoneE164);
    searchTokens.retainAll(tokens);
    searchTokens.addAll(tokens);
    return changed;
  }

  /** Someone new who joins by accepting an invitation: the invited role, their name, password. */
  public static Member joining(
      Role role, String name, String email, String emailNorm, String passwordHash, Instant now) {
    Member member = new Member(role, now);
    member.describe(name, email, emailNorm, null, null, null);
    member.passwordHash = passwordHash;
    return member;
  }

  /**
   * A generated test member (People → Members → Test): already normalised contact details, no
   * password, and an optional expiry after which the expiry timer deletes it.
   */
  public static Member testMember(
      Role role, String name, String email, String phoneE164, Instant expiresAt, Instant now) {
    Member member = new Member(role, now);
    member.describe(name, email, Contacts.normalizeEmail(email), phoneE164, null, null);
    member.makeTest(expiresAt);
    return member;
  }

  /**
   * Someone unknown who reached the workspace by phone or email: an anonymous member holding the
   * sender (already normalised) as its email or phone, so that later contact finds it. It cannot
   * sign in, is never invited and is not billed.
   */
  public static Member anonymous(
      Role role, String name, String emailNorm, String phoneE164, Instant now) {
    Member member = new Member(role, now);
    member.kind = MemberKind.ANONYMOUS;
    member.describe(name, emailNorm, emailNorm, phoneE164, null, null);
    return member;
  }

  /**
   * An anonymous member being resolved gives up its email and phone, so that the member it is
   * merged or converted into can take them over in the same transaction.
   */
  public void releaseContactDetails() {
    if (kind != MemberKind.ANONYMOUS) {
      throw new IllegalStateException("only anonymous members give up their contact details");
    }
    describe(name, null, null, null, null, null);
  }

  /**
   * A member added earlier without a password completes the account by accepting an invitation:
   * their own name, the invited role and a password; the other details stay as the admin entered.
   */
  public void completeSignUp(
      String newName, Role invitedRole, String newPasswordHash, Instant now) {
    describe(newName, email, emailNorm, phoneE164, dateOfBirth, externalId);
    changeRole(invitedRole);
    this.passwordHash = newPasswordHash;
    touch(now);
  }

  /**
   * A sign-in email or phone change the member confirmed: the new values (already normalised and
   * checked), re-indexed for search. Every open session of the member ends.
   */
  public void confirmCredentials(
      String newEmail, String newEmailNorm, String newPhoneE164, Instant now) {
    boolean sameEmail = Objects.equals(emailNorm, newEmailNorm);
    describe(name, newEmail, newEmailNorm, newPhoneE164, dateOfBirth, externalId);
    if (sameEmail) {
      // describe() ends the sessions only for a new email; a new phone ends them too.
      sessionEpoch++;
    }
    touch(now);
  }

  /** Gives the member another role; their open sessions end, so new rights count at once. */
  public void changeRole(Role newRole) {
    if (role != null && !role.getId().equals(newRole.getId())) {
      sessionEpoch++;
    }
    this.role = newRole;
    this.type = newRole.getKind();
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /**
   * Archives the member: everything about them is kept, but they are refused at sign-in and their
   * open sessions end at their next request.
   */
  public void archive(Instant now) {
    status = MemberStatus.ARCHIVED;
    sessionEpoch++;
    touch(now);
  }

  /** Brings an archived member back; they sign in again with the password they had. */
  public void unarchive(Instant now) {
    status = MemberStatus.ACTIVE;
    touch(now);
  }

  /**
   * Makes a new member a test member: it can never sign in, its messages are only captured, it is
   * not billed, and it is deleted after {@code expiry} when one is given.
   */
  public void makeTest(Instant expiry) {
    kind = MemberKind.TEST;
    expiresAt = expiry;
  }

  /** A later expiry (or none) for a test member. */
  public void expireAt(Instant expiry, Instant now) {
    expiresAt = expiry;
    touch(now);
  }

  /**
   * Replaces every personal field for a privacy request: the row stays (so history and counts keep
   * their member), named by its id only, archived and unable to sign in.
   */
  public void erase(Instant now) {
    String placeholder = "erased-" + id + "@erased.invalid";
    describe("Erased member " + id, placeholder, placeholder, null, null, null);
    passwordHash = null;
    status = MemberStatus.ARCHIVED;
    sessionEpoch++;
    touch(now);
  }

  /** Age in whole years today, or null without a date of birth. */
  public Integer age(Clock clock) {
    if (dateOfBirth == null) {
      return null;
    }
    return Period.between(dateOfBirth, LocalDate.now(clock)).getYears();
  }

  /** Whether the identity store may accept a password for this member at all. */
  public boolean maySignIn(Instant now) {
    return status == MemberStatus.ACTIVE
        && kind == MemberKind.REGULAR
        && passwordHash != null
        && (lockedUntil == null || !lockedUntil.isAfter(now));
  }

  public boolean isTeam() {
    return type == RoleKind.TEAM;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailNorm() {
    return emailNorm;
  }

  public String getPhoneE164() {
    return phoneE164;
  }

  public String getPhoneDisplay() {
    return Contacts.international(phoneE164);
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Role getRole() {
    return role;
  }

  public RoleKind getType() {
    return type;
  }

  public String getExternalId() {
    return externalId;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public MemberKind getKind() {
    return kind;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public int getFailedSignins() {
    return failedSignins;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
