package app.roster.bench;

import app.roster.labels.Label;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * 50 labels with the skew real workspaces show: one on 30% of the members, four on 5-10%, and a
 * long tail of 45 whose shares fall off as 1/rank (0.9% down to 0.02%), with names in several
 * scripts. Which member carries which label is drawn per member from the {@link Plan}'s seed;
 * anonymous members carry none (nobody has sorted them yet), so the shares are of the others. The
 * label filter scenario (c) and the access check scenario (g) name labels through the constants
 * here.
 */
final class LabelRows implements Part {

  /** The label on 30% of the members. */
  static final String COMMON = "Newsletter";

  static final String NEW_CUSTOMER = "New Customer";
  static final String VIP = "VIP";
  static final String ENTERPRISE = "Enterprise";
  static final String PARTNER = "Partner";

  /** The rarest label of the tail (0.02%, about 200 members of a million). */
  static final String RAREST = "Pilot";

  /** The long tail, most frequent first. */
  private static final List<String> TAIL =
      List.of(
          "Beta Tester",
          "Wholesale",
          "Reseller",
          "Churn Risk",
          "Onboarding",
          "顧客",
          "Priority Support",
          "Trial",
          "Annual Plan",
          "Monthly Plan",
          "Größe L",
          "Nonprofit",
          "Education",
          "Government",
          "Healthcare",
          "Event 2026",
          "Webinar",
          "Référence",
          "Referral",
          "Ambassador",
          "Москва",
          "Press",
          "Investor",
          "Volunteer",
          "東京",
          "Alumni",
          "Student",
          "서울",
          "Speaker",
          "Sponsor",
          "Early Adopter",
          "Ελλάδα",
          "Do Not Call",
          "Größe M",
          "Large Print",
          "عملاء",
          "Wheelchair Access",
          "Café Club",
          "हिंदी",
          "Équipe Nord",
          "Legacy",
          "Board",
          "Straße",
          "Giveaway",
          RAREST);

  /** Every label, most frequent first. */
  static final List<String> NAMES = names();

  private static final double[] SHARES = shares();

  private static final String[] COLOURS = {
    "#6366f1", "#ef4444", "#f59e0b", "#10b981", "#3b82f6", "#8b5cf6", "#ec4899", "#14b8a6",
    "#64748b", "#84cc16"
  };

  @Override
  public String name() {
    return "labels and members' labels";
  }

  @Override
  public String[] tables() {
    return new String[] {"member_label"};
  }

  @Override
  public long write(Plan plan, Connection connection, IdRanges ids) throws SQLException {
    // A workspace that has some of these labels already (a second run, or a test database)
    // keeps them: members get the existing label of that name.
    Map<String, Long> existing = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name_norm FROM label")) {
      while (rs.next()) {
        existing.put(rs.getString(2), rs.getLong(1));
      }
    }
    long missing = NAMES.stream().filter(n -> !existing.containsKey(Label.normalize(n))).count();
    long nextLabel = missing == 0 ? 0 : ids.reserve("label", missing);
    long[] labelIds = new long[NAMES.size()];
    try (Rows labels =
            Rows.into(connection, "label", "id,name,name_norm,colour,created_at,version");
        Rows carried = Rows.into(connection, "member_label", "member_id,label_id,added_at")) {
      for (int i = 0; i < NAMES.size(); i++) {
        String name = NAMES.get(i);
        Long id = existing.get(Label.normalize(name));
        if (id != null) {
          labelIds[i] = id;
          continue;
        }
        labelIds[i] = nextLabel++;
        labels.add(
            labelIds[i],
            Label.tidy(name),
            Label.normalize(name),
            COLOURS[i % COLOURS.length],
            Timestamp.from(plan.now.minus(Duration.ofDays(3L * 365 - i))),
            0L);
      }
      // The labels come first: on H2 the members' labels reference them.
      labels.finish();
      double scale = 1000.0 / Plan.NOT_ANONYMOUS_PER_MILLE;
      for (long position = 0; position < plan.members; position++) {
        if (plan.isAnonymous(position)) {
          continue;
        }
        SplittableRandom r = plan.random(position, Plan.LABELS);
        Timestamp added = null;
        for (int i = 0; i < SHARES.length; i++) {
          if (r.nextDouble() < SHARES[i] * scale) {
            if (added == null) {
              added = Timestamp.from(plan.createdAt(position).plus(Duration.ofHours(1)));
            }
            carried.add(plan.firstMemberId + position, labelIds[i], added);
          }
        }
      }
      carried.finish();
      return labels.written() + carried.written();
    }
  }

  private static List<String> names() {
    List<String> names = new java.util.ArrayList<>();
    names.addAll(List.of(COMMON, NEW_CUSTOMER, VIP, ENTERPRISE, PARTNER));
    names.addAll(TAIL);
    if (names.size() != 50 || names.stream().map(Label::normalize).distinct().count() != 50) {
      throw new IllegalStateException("50 labels with distinct names expected");
    }
    return List.copyOf(names);
  }

  /** The share of members carrying each label, in the order of {@link #NAMES}. */
  private static double[] shares() {
    double[] shares = new double[NAMES.size()];
    shares[0] = 0.30;
    shares[1] = 0.10;
    shares[2] = 0.08;
    shares[3] = 0.06;
    shares[4] = 0.05;
    for (int rank = 1; rank <= TAIL.size(); rank++) {
      shares[4 + rank] = 0.009 / rank;
    }
    return shares;
  }
}
