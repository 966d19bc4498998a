package app.roster.testmembers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FictionalPhonesTest {

  @Test
  void everyPositionIsADistinctFictionalNumberInE164() throws Exception {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    Set<String> seen = new HashSet<>();
    for (long p = 0; p < FictionalPhones.SIZE; p++) {
      String number = FictionalPhones.at(p).orElseThrow();
      assertThat(seen.add(number)).as("unique: " + number).isTrue();
      assertThat(number).matches("\\+[1-9][0-9]{9,14}");
      phones.parse(number, "ZZ");
    }
    assertThat(FictionalPhones.at(0)).contains("+447700900000");
    assertThat(FictionalPhones.at(FictionalPhones.SIZE - 1)).contains("+12545550199");
  }

  @Test
  void thePoolEnds() {
    assertThat(FictionalPhones.at(FictionalPhones.SIZE)).isEmpty();
    assertThat(FictionalPhones.at(-1)).isEmpty();
  }

  @Test
  void generatedPeopleHaveRealisticNamesAndReservedAddresses() {
    FakePeople people = new FakePeople(42);
    FakePeople.Person first = people.next();
    assertThat(first.name()).matches("\\S+( \\S+)+");
    String email = FakePeople.email(first, 7, 1);
    assertThat(email).endsWith(".r7n1@example.test").matches("[a-z0-9.]+@example\\.test");
    assertThat(new FakePeople(42).next()).as("seeded").isEqualTo(first);
  }
}
