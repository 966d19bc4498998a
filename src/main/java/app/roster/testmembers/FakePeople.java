package app.roster.testmembers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Realistic names for test members, from Datafaker, with addresses on example.test (a domain
 * reserved so that it never receives mail). Seeded, so a batch that is tried again makes the same
 * people.
 */
final class FakePeople {

  static final String DOMAIN = "example.test";

  private final Faker faker;

  FakePeople(long seed) {
    this.faker = new Faker(Locale.ENGLISH, new Random(seed));
  }

  /** A first and last name. */
  Person next() {
    String first = faker.name().firstName();
    String last = faker.name().lastName();
    return new Person(first, last);
  }

  /** An address unique to the run and the member's number in it. */
  static String email(Person person, long runId, int number) {
    return local(person.first())
        + "."
        + local(person.last())
        + ".r"
        + runId
        + "n"
        + number
        + "@"
        + DOMAIN;
  }

  private static String local(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]", "");
    return plain.isEmpty() ? "test" : plain;
  }

  record Person(String first, String last) {
    String name() {
      return first + " " + last;
    }
  }
}
