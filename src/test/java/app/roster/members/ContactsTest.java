package app.roster.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactsTest {

  @Test
  void emailIsTrimmedButKeptAsTypedForDisplay() {
    assertThat(Contacts.trimEmail("  Ana.Lopez@Example.COM \t")).isEqualTo("Ana.Lopez@Example.COM");
    assertThat(Contacts.trimEmail(null)).isNull();
  }

  @Test
  void emailsInAnotherCaseNormaliseToTheSameForm() {
    assertThat(Contacts.normalizeEmail(" Ana.Lopez@Example.COM "))
        .isEqualTo(Contacts.normalizeEmail("ana.lopez@example.com"))
        .isEqualTo("ana.lopez@example.com");
  }

  @Test
  void internationalisedDomainBecomesItsAsciiForm() {
    assertThat(Contacts.normalizeEmail("user@bücher.example"))
        .isEqualTo("user@xn--bcher-kva.example");
    assertThat(Contacts.normalizeEmail("User@BÜCHER.example"))
        .isEqualTo("user@xn--bcher-kva.example");
    assertThat(Contacts.normalizeEmail("user@xn--bcher-kva.example"))
        .isEqualTo("user@xn--bcher-kva.example");
  }

  @Test
  void nonAsciiLocalPartIsCaseFolded() {
    assertThat(Contacts.normalizeEmail("JOSÉ@example.com")).isEqualTo("josé@example.com");
  }

  @Test
  void addressWithoutBothPartsCannotBeNormalised() {
    assertThat(Contacts.isNormalizableEmail("ana.example.com")).isFalse();
    assertThat(Contacts.isNormalizableEmail("@example.com")).isFalse();
    assertThat(Contacts.isNormalizableEmail("ana@")).isFalse();
    assertThat(Contacts.isNormalizableEmail("   ")).isFalse();
    assertThat(Contacts.isNormalizableEmail(null)).isFalse();
    assertThatThrownBy(() -> Contacts.normalizeEmail(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void domainThatIdnRefusesCannotBeNormalised() {
    String longLabel = "a".repeat(64);
    assertThat(Contacts.isNormalizableEmail("ana@" + longLabel + ".example")).isFalse();
    assertThat(Contacts.isNormalizableEmail("ana@example.com")).isTrue();
  }

  @Test
  void internationalNumbersBecomeE164() {
    assertThat(Contacts.toE164("+1 (202) 555-0143", "US")).hasValue("+12025550143");
    assertThat(Contacts.toE164("+44 20 7946 0958", "US")).hasValue("+442079460958");
    assertThat(Contacts.toE164("+81 3-1234-5678", "US")).hasValue("+81312345678");
  }

  @Test
  void nationalNumbersUseTheWorkspaceRegion() {
    assertThat(Contacts.toE164("(202) 555-0143", "US")).hasValue("+12025550143");
    assertThat(Contacts.toE164("202.555.0143", "US")).hasValue("+12025550143");
    assertThat(Contacts.toE164("202 555 0143", "US")).hasValue("+12025550143");
    assertThat(Contacts.toE164("1-202-555-0143", "US")).hasValue("+12025550143");
    assertThat(Contacts.toE164("020 7946 0958", "GB")).hasValue("+442079460958");
  }

  @Test
  void invalidOrMissingNumbersHaveNoE164() {
    assertThat(Contacts.toE164("12345", "US")).isEmpty();
    assertThat(Contacts.toE164("(000) 555-0143", "US")).isEmpty();
    assertThat(Contacts.toE164("call me", "US")).isEmpty();
    assertThat(Contacts.toE164("", "US")).isEmpty();
    assertThat(Contacts.toE164(null, "US")).isEmpty();
  }

  @Test
  void e164IsShownInInternationalFormat() {
    assertThat(Contacts.international("+12025550143")).isEqualTo("+1 202-555-0143");
    assertThat(Contacts.international("+442079460958")).isEqualTo("+44 20 7946 0958");
    assertThat(Contacts.international(null)).isNull();
  }

  @Test
  void nationalDigitsAreTheNumberWithoutCountryCode() {
    assertThat(Contacts.nationalDigits("+12025550143")).isEqualTo("2025550143");
    assertThat(Contacts.nationalDigits("+442079460958")).isEqualTo("2079460958");
    assertThat(Contacts.nationalDigits(null)).isEmpty();
  }
}
