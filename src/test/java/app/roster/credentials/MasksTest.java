package app.roster.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

  @Test
  void anEmailKeepsItsFirstLettersAndTopLevelDomain() {
    assertThat(Masks.email("ana.lopez@example.com")).isEqualTo("a…@e….com");
    assertThat(Masks.email("  Bo@Mail.Example.CO.UK ")).isEqualTo("B…@M….UK");
  }

  @Test
  void anEmailWithoutADotInItsDomainHidesTheWholeDomain() {
    assertThat(Masks.email("root@localhost")).isEqualTo("r…@l…");
  }

  @Test
  void aNonLatinAddressIsCutAtWholeCharacters() {
    assertThat(Masks.email("𝒜na@例え.jp")).isEqualTo("𝒜…@例….jp");
  }

  @Test
  void aPhoneKeepsItsCountryCodeAndLastTwoDigits() {
    assertThat(Masks.phone("+12025550143")).isEqualTo("+1…43");
    assertThat(Masks.phone("+442079460958")).isEqualTo("+44…58");
  }

  @Test
  void nothingToShowIsAGap() {
    assertThat(Masks.email(null)).isEmpty();
    assertThat(Masks.phone(null)).isEqualTo("…");
  }
}
