package app.roster.members;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an admin types to add or edit a member. The constraints are declared here once; the
 * console's fields, the REST API and imports all validate through them.
 */
public class MemberDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A name shows something (a letter, digit or symbol) and hides nothing: no control characters and
   * no bidirectional overrides that would make it display as something else.
   */
  static final String PRINTABLE_NAME =
      "^(?!.*[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069])(?=.*[\\p{L}\\p{N}\\p{S}]).*$";

  @NotBlank(message = "{member.name.required}")
  @Size(max = 200, message = "{member.name.size}")
  @Pattern(regexp = PRINTABLE_NAME, message = "{member.name.characters}")
  private String name;

  @NotBlank(message = "{member.email.required}")
  @Size(max = 254, message = "{member.email.size}")
  @Email(message = "{member.email.invalid}")
  private String email;

  @PhoneNumber
  @Size(max = 40, message = "{member.phone.size}")
  private String phone;

  @PastOrPresent(message = "{member.dateOfBirth.future}")
  @BornAfter1900
  private LocalDate dateOfBirth;

  @NotBlank(message = "{member.role.required}")
  private String role;

  @Size(max = 200, message = "{member.externalId.size}")
  private String externalId;

  /** A test member (fixed when the member is added): never signs in, never billed. */
  private boolean test;

  /** When a test member is deleted; null keeps it until someone deletes it. */
  private Instant expiresAt;

  public MemberDraft() {}

  /** A draft holding a member's current values, to edit. */
  public static MemberDraft of(Member member) {
    MemberDraft draft = new MemberDraft();
    draft.name = member.getName();
    draft.email = member.getEmail();
    draft.phone = member.getPhoneDisplay();
    draft.dateOfBirth = member.getDateOfBirth();
    draft.role = member.getRole().getName();
    draft.externalId = member.getExternalId();
    draft.test = member.getKind() == MemberKind.TEST;
    draft.expiresAt = member.getExpiresAt();
    return draft;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = Contacts.trimEmail(email);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public boolean isTest() {
    return test;
  }

  public void setTest(boolean test) {
    this.test = test;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }
}
