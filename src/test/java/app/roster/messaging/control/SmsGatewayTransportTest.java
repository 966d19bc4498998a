package app.roster.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsGatewayTransportTest {

  @Test
  void theFormCarriesToFromAndBodyEncodedInUtf8() {
    assertThat(SmsGatewayTransport.form("+12025550143", "+15005550006", "Héllo & bye: a=b"))
        .isEqualTo("To=%2B12025550143&From=%2B15005550006&Body=H%C3%A9llo+%26+bye%3A+a%3Db");
  }

  @Test
  void serverTroubleAndThrottlingAreRetriedRefusalsAreNot() {
    assertThat(SmsGatewayTransport.isRetryable(500)).isTrue();
    assertThat(SmsGatewayTransport.isRetryable(503)).isTrue();
    assertThat(SmsGatewayTransport.isRetryable(429)).isTrue();
    assertThat(SmsGatewayTransport.isRetryable(408)).isTrue();
    assertThat(SmsGatewayTransport.isRetryable(400)).isFalse();
    assertThat(SmsGatewayTransport.isRetryable(404)).isFalse();
  }
}
