package app.roster.members;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where typed emails and phone numbers become the forms Roster matches on. Members,
 * invitations, inbound contact and imports all go through here, so "Ana@Example.COM" and
 * "ana@example.com" are the same person everywhere, and so are "+1 (202) 555-0143" and
 * "202.555.0143" in the United States.
 */
public final class Contacts {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private Contacts() {}

  /** The email as typed, without surrounding spaces; kept for display. */
  public static String trimEmail(String email) {
    return email == null ? null : email.strip();
  }

  /**
   * The matching form of an email: the local part case-folded, the domain in lower-case ASCII (an
   * internationalised domain in its punycode form), so a domain typed either way matches.
   */
  public static String normalizeEmail(String email) {
    String trimmed = trimEmail(email);
    int at = trimmed == null ? -1 : trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1) {
      throw new IllegalArgumentException("not an email address");
    }
    String local = trimmed.substring(0, at).toLowerCase(Locale.ROOT);
    String domain = IDN.toASCII(trimmed.substring(at + 1), IDN.ALLOW_UNASSIGNED);
    return local + "@" + domain.toLowerCase(Locale.ROOT);
  }

  /** Whether the address can be normalised at all (the domain survives IDN conversion). */
  public static boolean isNormalizableEmail(String email) {
    try {
      normalizeEmail(email);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The phone in E.164 (+15550143...), or empty when it is not a valid number. */
  public static Optional<String> toE164(String phone, String defaultRegion) {
    return parse(phone, defaultRegion).map(p -> PHONES.format(p, PhoneNumberFormat.E164));
  }

  /** An E.164 number written for people: "+1 202-555-0143". */
  public static String international(String e164) {
    if (e164 == null) {
      return null;
    }
    return parse(e164, "ZZ")
        .map(p -> PHONES.format(p, PhoneNumberFormat.INTERNATIONAL))
        .orElse(e164);
  }

  /** The national significant number of an E.164 phone ("2025550143"), for digit search. */
  public static String nationalDigits(String e164) {
    return parse(e164, "ZZ").map(PHONES::getNationalSignificantNumber).orElse("");
  }

  private static Optional<PhoneNumber> parse(String phone, String defaultRegion) {
    if (phone == null || phone.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = PHONES.parse(phone.strip(), defaultRegion);
      // E.164 has no room for an extension; refusing it beats dropping it without a word.
      return PHONES.isValidNumber(number) && !number.hasExtension()
          ? Optional.of(number)
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
