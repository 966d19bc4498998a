package app.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditClientAddressTest {

  @Test
  void withoutTrustedProxiesTheConnectionsAddressCountsAndTheHeaderIsIgnored() {
    ClientAddress address = new ClientAddress(null);

    assertThat(address.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxysForwardedForNamesTheClient() {
    ClientAddress address = new ClientAddress("10.0.0.5, 10.0.0.6");

    assertThat(address.of("10.0.0.5", "198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(address.of("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6"))
        .as("the nearest hop that is not a trusted proxy; earlier ones are the client's word")
        .isEqualTo("198.51.100.1");
    assertThat(address.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
  }

  @Test
  void anUntrustedSendersHeaderIsIgnored() {
    ClientAddress address = new ClientAddress("10.0.0.5");

    assertThat(address.of("203.0.113.9", "127.0.0.1")).isEqualTo("203.0.113.9");
  }
}
