package app.roster.bench;

import app.roster.it.Browser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * (f) A bulk invite of 10,000 addresses as an admin starts it (People, Invite many, in a headless
 * Chromium), delivered to a GreenMail SMTP server on 127.0.0.1 that this scenario runs; timed from
 * Start until the last invitation arrives. Needs the server to mail to that port (bench/run sets it
 * up) and Debian's chromium and chromium-driver.
 */
final class BulkInviteScenario implements Scenario {

  private static final Duration GIVE_UP = Duration.ofMinutes(10);

  @Override
  public String id() {
    return "f";
  }

  @Override
  public String title() {
    return "Bulk invite delivered by SMTP";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    if (h.options.smtpPort() <= 0) {
      return List.of(new Row(id(), "bulk invite", null, "< 60 s", null, "skipped: no --smtp-port"));
    }
    int count = Math.min(10_000, h.scaledWork(10_000));
    String pasted =
        IntStream.range(0, count)
            .mapToObj(i -> "bulk." + h.runTag + "." + i + "@bulk.bench")
            .collect(Collectors.joining("\n"));
    GreenMail smtp = new GreenMail(new ServerSetup(h.options.smtpPort(), "127.0.0.1", "smtp"));
    smtp.start();
    try (Browser browser = Browser.open(URI.create(h.options.baseUrl() + "/").toURL())) {
      browser.go("signin.xhtml");
      browser.type("email", h.options.user()).type("password", h.options.password());
      browser.clickThrough("submit");
      browser.go("console/members/index.xhtml");
      browser.click("actions:inviteMany");
      WebElement addresses = browser.visible("bulk:addresses");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "arguments[0].value = arguments[1];"
                  + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
              addresses,
              pasted);
      browser.waitForPage();
      browser.choose("bulk:role", "Customer");
      long start = System.nanoTime();
      browser.click("bulk:start");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(d -> browser.path().startsWith("console/members/bulk-invite.xhtml"));
      long deadline = start + GIVE_UP.toNanos();
      int received = 0;
      while (received < count && System.nanoTime() < deadline) {
        Thread.sleep(250);
        received = countTo(smtp, "bulk." + h.runTag + ".");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Stats stats = new Stats(received, count - received, seconds * 1000, seconds * 1000, 0);
      return List.of(
          new Row(
              id(),
              "bulk invite of " + count + " addresses until the last mail arrives",
              stats,
              "< 60 s",
              received == count && seconds < 60,
              String.format(
                  Locale.ROOT,
                  "%.1f s; %d of %d mails received (%.0f mails/s)",
                  seconds,
                  received,
                  count,
                  received / seconds)));
    } finally {
      smtp.stop();
    }
  }

  /** Messages received for this run's addresses only (other mail may reach the server too). */
  private static int countTo(GreenMail smtp, String prefix) throws MessagingException {
    int count = 0;
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      if (to != null && to.length > 0 && to[0].toString().contains(prefix)) {
        count++;
      }
    }
    return count;
  }
}
