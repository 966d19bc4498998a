package app.roster.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionPartsTest {

  @Test
  void placeholdersAreReplacedAndUnknownOnesReported() {
    String template = "Hello {{member.name}}, welcome to {{ label }}{{member.phone}}!";

    String text = Placeholders.render(template, Map.of("member.name", "Zoë 山田", "label", "VIP"));

    assertThat(text).isEqualTo("Hello Zoë 山田, welcome to VIP!");
    assertThat(Placeholders.unknown(template)).isEmpty();
    assertThat(Placeholders.unknown("Hi {{member.nick}} {{ foo }}"))
        .containsExactly("member.nick", "foo");
    assertThat(Placeholders.render("{{member.nick}} $1 \\", Map.of()))
        .isEqualTo("{{member.nick}} $1 \\");
  }

  @Test
  void theSignatureIsTheHexHmacOfTheBody() {
    // RFC 4231 test case 2 uses the key "Jefe"; any receiver's HMAC-SHA256 gives the same.
    assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?"))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void stepsRoundTripThroughTheirStoredJson() {
    List<Step> steps =
        List.of(
            Step.email("Hi {{member.name}}", "Text"),
            Step.addLabel("VIP"),
            Step.changeRole("Agent"),
            Step.webhook("https://hooks.example/x"));

    List<Step> read = Step.fromJsonText(Step.toJsonText(steps));

    assertThat(read).hasSize(4);
    assertThat(read.get(0).kind()).isEqualTo(StepType.EMAIL);
    assertThat(read.get(0).getSubject()).isEqualTo("Hi {{member.name}}");
    assertThat(read.get(1).getLabel()).isEqualTo("VIP");
    assertThat(read.get(2).getRole()).isEqualTo("Agent");
    assertThat(read.get(3).getUrl()).isEqualTo("https://hooks.example/x");
    assertThat(read.get(3).getSubject()).isNull();
  }

  @Test
  void onlyHttpAndHttpsUrlsWithAHostAreAccepted() {
    assertThat(Actions.isWebUrl("https://hooks.example/x")).isTrue();
    assertThat(Actions.isWebUrl("http://127.0.0.1:8081/hook")).isTrue();
    assertThat(Actions.isWebUrl("ftp://hooks.example/x")).isFalse();
    assertThat(Actions.isWebUrl("https:///nohost")).isFalse();
    assertThat(Actions.isWebUrl("not a url")).isFalse();
  }

  @Test
  void triggersAreReadFromTheirWords() {
    assertThat(ActionTrigger.of("labelAdded")).contains(ActionTrigger.LABEL_ADDED);
    assertThat(ActionTrigger.of("ROLE_CHANGED")).contains(ActionTrigger.ROLE_CHANGED);
    assertThat(ActionTrigger.of("nothing")).isEmpty();
  }
}
