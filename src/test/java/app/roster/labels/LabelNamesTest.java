package app.roster.labels;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.members.MemberFilter;
import app.roster.members.MemberFilter.LabelMatch;
import app.roster.roles.RoleKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelNamesTest {

  @Test
  void namesCompareRegardlessOfCaseWidthAndSpacing() {
    assertThat(Label.normalize("  VIP   Gold ")).isEqualTo("vip gold");
    assertThat(Label.normalize("ＶＩＰ")).isEqualTo(Label.normalize("vip"));
    assertThat(Label.normalize("Café")).isEqualTo(Label.normalize("Cafe\u0301"));
  }

  @Test
  void accentsAndScriptsStayDistinct() {
    assertThat(Label.normalize("Café")).isNotEqualTo(Label.normalize("Cafe"));
    assertThat(Label.normalize("顧客")).isEqualTo("顧客");
    assertThat(Label.normalize("Größe")).isEqualTo("größe");
  }

  @Test
  void aLabelKeepsItsNameAsTypedAndAValidColour() {
    Label label = new Label("  New   Customer ", "#AABBCC", Instant.EPOCH);
    assertThat(label.getName()).isEqualTo("New Customer");
    assertThat(label.getColour()).isEqualTo("#aabbcc");

    label.recolour("red");
    assertThat(label.getColour()).isEqualTo(Label.DEFAULT_COLOUR);
  }

  @Test
  void aBulkJobsFilterSurvivesTheRoundTripThroughJson() {
    MemberFilter filter =
        new MemberFilter("ann", "Agent", RoleKind.TEAM, List.of("VIP", "顧客"), LabelMatch.NONE);

    assertThat(BulkLabels.fromJson(BulkLabels.toJson(filter))).isEqualTo(filter);
    MemberFilter none = MemberFilter.none();
    assertThat(BulkLabels.fromJson(BulkLabels.toJson(none))).isEqualTo(none);
  }
}
