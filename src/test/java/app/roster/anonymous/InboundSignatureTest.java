package app.roster.anonymous;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.anonymous.control.InboundSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboundSignatureTest {

  private static final byte[] BODY =
      "{\"channel\":\"sms\",\"from\":\"+5511912345678\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signatureIsTheHexHmacSha256OfTheBody() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    String signature =
        InboundSignature.of(
            "Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

    assertThat(signature)
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void theRightSignatureVerifiesInEitherCase() {
    String signature = InboundSignature.of("s3cret", BODY);

    assertThat(InboundSignature.verifies("s3cret", BODY, signature)).isTrue();
    assertThat(InboundSignature.verifies("s3cret", BODY, signature.toUpperCase())).isTrue();
  }

  @Test
  void aMissingWrongOrForeignSignatureIsRefused() {
    String signature = InboundSignature.of("s3cret", BODY);

    assertThat(InboundSignature.verifies("s3cret", BODY, null)).isFalse();
    assertThat(InboundSignature.verifies("other", BODY, signature)).isFalse();
    assertThat(InboundSignature.verifies("s3cret", "{}".getBytes(), signature)).isFalse();
    assertThat(InboundSignature.verifies("s3cret", BODY, signature.substring(7))).isFalse();
  }
}
