package app.roster.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.roster.platform.InvalidInput;
import app.roster.roles.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestMemberRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void aTestDraftMakesATestMemberWithItsExpiry() {
    Member member = newMember();
    MemberDraft draft = new MemberDraft();
    draft.setTest(true);
    draft.setExpiresAt(NOW.plus(Duration.ofDays(3)));

    TestMemberRules.apply(member, draft, NOW);

    assertThat(member.getKind()).isEqualTo(MemberKind.TEST);
    assertThat(member.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    assertThat(member.maySignIn(NOW)).isFalse();
  }

  @Test
  void anExpiryInThePastOrOnARegularMemberIsRefused() {
    MemberDraft past = new MemberDraft();
    past.setTest(true);
    past.setExpiresAt(NOW);
    assertThatThrownBy(() -> TestMemberRules.apply(newMember(), past, NOW))
        .isInstanceOf(InvalidInput.class);

    MemberDraft regular = new MemberDraft();
    regular.setExpiresAt(NOW.plusSeconds(60));
    assertThatThrownBy(() -> TestMemberRules.apply(newMember(), regular, NOW))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aMemberStaysTestOrRegularForGood() {
    Member member = newMember();
    MemberDraft draft = new MemberDraft();
    draft.setTest(true);

    assertThatThrownBy(() -> TestMemberRules.change(member, draft, NOW))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void archivingEndsSessionsAndRefusesSignInUntilUnarchived() {
    Member member = newMember();
    member.setPasswordHash("hash");
    int epoch = member.getSessionEpoch();

    member.archive(NOW);

    assertThat(member.getStatus()).isEqualTo(MemberStatus.ARCHIVED);
    assertThat(member.getSessionEpoch()).isGreaterThan(epoch);
    assertThat(member.maySignIn(NOW)).isFalse();
    member.unarchive(NOW);
    assertThat(member.maySignIn(NOW)).isTrue();
  }

  private static Member newMember() {
    Role role = new Role() {};
    return new Member(role, NOW);
  }
}
