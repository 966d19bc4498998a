package app.roster.bench;

import app.roster.members.Contacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What a generated workspace looks like, decided member by member from the seed alone: any part of
 * the generator (members, invitations, and later labels or contact events) asks {@link
 * #member(long)} for the member at a position and gets the same answer every time, without the
 * generator keeping a million members in memory. Same seed, same database start and same {@code
 * now}: the same rows.
 */
final class Plan {

  /** Role ids of the built-in roles (V1). */
  static final long OWNER = 1;

  static final long ADMIN = 2;
  static final long AGENT = 3;
  static final long CUSTOMER = 4;

  private static final String[] DOMAINS = {
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "post.example",
    "corp.example",
    "acme.example",
    "shop.example",
    "bücher.example",
    "müller.example",
    "univ.example",
    "gov.example",
    "health.example",
    "bank.example",
    "travel.example",
    "media.example"
  };

  private static final String[] US_AREAS = {
    "201", "202", "212", "213", "303", "305", "312", "404", "415", "503", "512", "602", "617",
    "646", "702", "713", "718", "801", "917", "919"
  };

  private static final String[] DE_AREAS = {"30", "40", "89", "69", "221"};

  private static final Duration HISTORY = Duration.ofDays(3 * 365);

  final long seed;
  final int members;
  final long firstMemberId;
  final Instant now;

  Plan(long seed, int members, long firstMemberId, Instant now) {
    this.seed = seed;
    this.members = members;
    this.firstMemberId = firstMemberId;
    this.now = now;
  }

  /** The randomness of one member for one purpose, independent of every other member. */
  SplittableRandom random(long position, long purpose) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + position * 31 + purpose);
  }

  /** The member at position 0..members-1. */
  GeneratedMember member(long position) {
    SplittableRandom r = random(position, 1);
    long id = firstMemberId + position;
    Names.Person person = Names.person(r);
    String domain = DOMAINS[r.nextInt(DOMAINS.length)];
    String email = person.emailLocal() + "." + id + "@" + domain;
    if (r.nextInt(10) == 0) {
      // Some people type their address with capitals; Roster keeps it as typed.
      email = Character.toUpperCase(email.charAt(0)) + email.substring(1);
    }
    String phone = r.nextInt(100) < 70 ? phone(id) : null;
    LocalDate birth =
        r.nextInt(100) < 60 ? LocalDate.of(1940, 1, 1).plusDays(r.nextInt(68 * 365)) : null;
    int roleDraw = r.nextInt(1000);
    long role = roleDraw < 45 ? AGENT : roleDraw < 50 ? ADMIN : CUSTOMER;
    String externalId = r.nextInt(100) < 30 ? "gen-" + id : null;
    boolean archived = r.nextInt(100) < 10;
    boolean test = r.nextInt(100) < 5;
    Instant created =
        now.minus(HISTORY).plus(HISTORY.multipliedBy(position).dividedBy(Math.max(members, 1)));
    return new GeneratedMember(
        id,
        person.name(),
        email,
        Contacts.normalizeEmail(email),
        phone,
        birth,
        role,
        role == CUSTOMER ? "CUSTOMER" : "TEAM",
        externalId,
        archived ? "ARCHIVED" : "ACTIVE",
        test ? "TEST" : "REGULAR",
        created);
  }

  /**
   * A valid phone number that no other member id maps to: 70% in the US, 20% in Germany, 10% in the
   * UK, never in the 555 range that hand-written test data uses.
   */
  static String phone(long id) {
    long country = id % 10;
    if (country < 7) {
      long j = id / 10 * 7 + country;
      String area = US_AREAS[(int) (j % US_AREAS.length)];
      long rest = j / US_AREAS.length;
      long exchange = 200 + (rest / 10_000) % 799;
      if (exchange >= 555) {
        exchange++;
      }
      return "+1" + area + exchange + String.format("%04d", rest % 10_000);
    }
    if (country < 9) {
      long j = id / 10 * 2 + country - 7;
      return "+49" + DE_AREAS[(int) (j % DE_AREAS.length)] + (20_000_000 + j / DE_AREAS.length);
    }
    return "+4420" + (70_000_000 + id / 10);
  }

  /** One member's columns as the application writes them. */
  record GeneratedMember(
      long id,
      String name,
      String email,
      String emailNorm,
      String phoneE164,
      LocalDate dateOfBirth,
      long roleId,
      String type,
      String externalId,
      String status,
      String kind,
      Instant createdAt) {}
}
