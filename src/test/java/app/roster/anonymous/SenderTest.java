package app.roster.anonymous;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.anonymous.entity.ContactChannel;
import app.roster.anonymous.entity.Sender;
import org.junit.jupiter.api.Test;

class SenderTest {

  @Test
  void aBrazilianMobileWrittenEitherWayIsOneSender() {
    assertThat(Sender.of(ContactChannel.SMS, "+55 11 91234-5678", "BR"))
        .contains(new Sender(true, "+5511912345678"));
    assertThat(Sender.of(ContactChannel.CALL, "011 91234-5678", "BR"))
        .contains(new Sender(true, "+5511912345678"));
  }

  @Test
  void emailSendersAreMatchedWithoutCase() {
    assertThat(Sender.of(ContactChannel.EMAIL, " Ana.Lopez@Example.COM ", "BR"))
        .contains(new Sender(false, "ana.lopez@example.com"));
  }

  @Test
  void senderThatIsNoPhoneOrEmailIsRefused() {
    assertThat(Sender.of(ContactChannel.SMS, "anonymous", "BR")).isEmpty();
    assertThat(Sender.of(ContactChannel.EMAIL, "+55 11 91234-5678", "BR")).isEmpty();
    assertThat(Sender.of(ContactChannel.EMAIL, null, "BR")).isEmpty();
  }

  @Test
  void phoneSendersAreShownInternationally() {
    assertThat(new Sender(true, "+5511912345678").display()).isEqualTo("+55 11 91234-5678");
  }
}
