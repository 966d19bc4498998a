package app.roster.credentials;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Partly hidden emails and phones for messages that travel over channels others may glimpse (a
 * lock-screen SMS, a shared inbox): enough for the member to recognise the value, not enough to
 * read it. "ana.lopez@example.com" becomes "a…@e….com"; "+12025550143" becomes "+1…43".
 */
public final class Masks {

  private static final String GAP = "…";

  private Masks() {}

  public static String email(String email) {
    if (email == null || email.isBlank()) {
      return "";
    }
    String value = email.strip();
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      return first(value) + GAP;
    }
    String domain = value.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String shownDomain =
        dot <= 0 ? first(domain) + GAP : first(domain) + GAP + domain.substring(dot);
    return first(value) + GAP + "@" + shownDomain;
  }

  /** An E.164 phone: its country code and the last two digits. */
  public static String phone(String e164) {
    if (e164 == null || e164.length() < 6) {
      return GAP;
    }
    String lead;
    try {
      lead = "+" + PhoneNumberUtil.getInstance().parse(e164, "ZZ").getCountryCode();
    } catch (NumberParseException e) {
      lead = e164.substring(0, 2);
    }
    return lead + GAP + e164.substring(e164.length() - 2);
  }

  private static String first(String text) {
    return text.substring(0, text.offsetByCodePoints(0, 1));
  }
}
