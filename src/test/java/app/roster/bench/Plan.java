package app.roster.bench;

import app.roster.anonymous.entity.ContactChannel;
import app.roster.anonymous.entity.Sender;
import app.roster.members.Contacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * What a generated workspace looks like, decided member by member from the seed alone: any part of
 * the generator (members, labels, anonymous contacts, invitations) asks {@link #member(long)} for
 * the member at a position and gets the same answer every time, without the generator keeping a
 * million members in memory. Same seed, same database start and same {@code now}: the same rows.
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

  /**
   * How long an anonymous member lives after its last contact: the server's default
   * (roster.anonymous.ttl). Generated contacts all lie within it, so none is due at generation.
   */
  static final Duration ANONYMOUS_LIFETIME = Duration.ofDays(30);

  /** Per mille of all members: anonymous, then test; the rest are regular. */
  private static final int ANONYMOUS_PER_MILLE = 20;

  private static final int TEST_PER_MILLE = 50;

  /**
   * Archived and invited members, as a share of the members that are not anonymous (anonymous
   * members are never archived or invited), so that they stay 10% and 5% of all members.
   */
  static final int NOT_ANONYMOUS_PER_MILLE = 1000 - ANONYMOUS_PER_MILLE;

  /** The purposes of {@link #random}: each decision draws from a stream of its own. */
  static final long MEMBER = 1;

  static final long INVITATION = 2;
  static final long INVITATION_DETAILS = 3;
  static final long KIND = 4;
  static final long ANONYMOUS = 5;
  static final long LABELS = 6;

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
    long id = firstMemberId + position;
    String kind = kind(position);
    if (kind.equals("ANONYMOUS")) {
      AnonymousMember anonymous = anonymous(position);
      Sender sender = anonymous.sender();
      String emailNorm = sender.phone() ? null : sender.value();
      return new GeneratedMember(
          id,
          sender.display(),
          emailNorm,
          emailNorm,
          sender.phone() ? sender.value() : null,
          null,
          CUSTOMER,
          "CUSTOMER",
          null,
          "ACTIVE",
          kind,
          anonymous.contacts()[0]);
    }
    SplittableRandom r = random(position, MEMBER);
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
    boolean archived = r.nextInt(NOT_ANONYMOUS_PER_MILLE) < 100;
    Instant created = createdAt(position);
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
        kind,
        created);
  }

  /** When a (regular or test) member was created: spread evenly over three years, by position. */
  Instant createdAt(long position) {
    return now.minus(HISTORY).plus(HISTORY.multipliedBy(position).dividedBy(Math.max(members, 1)));
  }

  /**
   * The member kind at a position, drawn apart from the member's other details so that every part
   * can ask cheaply: 2% ANONYMOUS, 5% TEST, 93% REGULAR.
   */
  String kind(long position) {
    int draw = random(position, KIND).nextInt(1000);
    return draw < ANONYMOUS_PER_MILLE
        ? "ANONYMOUS"
        : draw < ANONYMOUS_PER_MILLE + TEST_PER_MILLE ? "TEST" : "REGULAR";
  }

  boolean isAnonymous(long position) {
    return random(position, KIND).nextInt(1000) < ANONYMOUS_PER_MILLE;
  }

  /**
   * Who an anonymous member is and when it got in touch: a caller or texter (by phone, in E.164) or
   * a sender of mail, with 1 to 5 contacts over the last few weeks, whole seconds, oldest first.
   */
  AnonymousMember anonymous(long position) {
    SplittableRandom r = random(position, ANONYMOUS);
    long id = firstMemberId + position;
    int channelDraw = r.nextInt(100);
    ContactChannel channel =
        channelDraw < 45
            ? ContactChannel.CALL
            : channelDraw < 70 ? ContactChannel.SMS : ContactChannel.EMAIL;
    Sender sender;
    if (channel.fromPhone()) {
      sender = new Sender(true, phone(id));
    } else {
      String local = Names.person(r).emailLocal();
      sender =
          new Sender(
              false,
              Contacts.normalizeEmail(local + "." + id + "@" + DOMAINS[r.nextInt(DOMAINS.length)]));
    }
    Instant[] contacts = new Instant[1 + r.nextInt(5)];
    ContactChannel[] channels = new ContactChannel[contacts.length];
    channels[0] = channel;
    for (int i = 1; i < channels.length; i++) {
      channels[i] =
          !channel.fromPhone()
              ? ContactChannel.EMAIL
              : r.nextBoolean() ? ContactChannel.CALL : ContactChannel.SMS;
    }
    // The last contact lies within the lifetime (at least a day left), the others before it.
    long windowSeconds = ANONYMOUS_LIFETIME.minusDays(1).toSeconds();
    Instant last = now.minusSeconds(1 + r.nextLong(windowSeconds)).truncatedTo(ChronoUnit.SECONDS);
    contacts[contacts.length - 1] = last;
    for (int i = contacts.length - 2; i >= 0; i--) {
      contacts[i] = contacts[i + 1].minusSeconds(60 + r.nextLong(Duration.ofDays(3).toSeconds()));
    }
    return new AnonymousMember(sender, channels, contacts);
  }

  /**
   * An anonymous member's sender and its contacts: the channel and time of each, oldest first (the
   * first one's channel is the member's).
   */
  record AnonymousMember(Sender sender, ContactChannel[] channels, Instant[] contacts) {}

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
