package app.roster.it;

import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.roster.it.inbound.InboundTestSettings;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * People → Members → Anonymous as an admin uses it, in a headless Chromium: an SMS and an email
 * from one person show up as two anonymous members; the email one is converted into a new member
 * through the dialog, the SMS one merged into that member through the search, and the member's
 * Contacts tab then lists both events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousConsoleIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TABLE = "anonymous:table";
  private static final String OWNER_EMAIL = System.getProperty("roster.test.admin.email");
  private static final String OWNER_PASSWORD = System.getProperty("roster.test.admin.password");

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClockAndInbound();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void anAdminConvertsOneAnonymousMemberAndMergesTheOtherIntoIt() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String email = "caller." + run + "@example.com";
    String phone = "+55 11 9" + (1000 + RANDOM.nextInt(9000)) + "-" + (1000 + RANDOM.nextInt(9000));
    inbound("sms", phone, "Do you deliver on Sundays?");
    inbound("email", email, "Following up on my SMS");

    browser = Browser.open(base);
    browser.go("signin.xhtml");
    browser.type("email", OWNER_EMAIL).type("password", OWNER_PASSWORD).clickThrough("submit");
    browser.clickThrough("memberTabs:anonymousTab");
    assertThat(browser.path()).startsWith("console/members/anonymous.xhtml");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("[id='memberTabs:tabs'] li.ui-state-active"))
                .getText())
        .isEqualTo("Anonymous");
    browser.until(() -> rowOf(email) >= 0 && rowOf(phone) >= 0);
    assertThat(browser.rows(TABLE).get(rowOf(email))).contains("Email", "30 days");
    assertThat(browser.rows(TABLE).get(rowOf(phone))).contains("SMS");
    browser.screenshot("anonymous-tab");

    browser.click(TABLE + ":" + rowOf(email) + ":convert");
    browser.visible("convert:name");
    assertThat(browser.element("convert:email").getAttribute("value")).isEqualTo(email);
    browser.type("convert:name", "Carla " + run);
    browser.screenshot("anonymous-convert");
    browser.click("convert:save");
    browser.waitForGrowl("converted into the new member Carla " + run);
    browser.until(() -> rowOf(email) < 0);

    browser.click(TABLE + ":" + rowOf(phone) + ":merge");
    browser.visible("merge:member_input");
    browser.type("merge:member_input", "Carla " + run);
    By suggestion = By.cssSelector("[id='merge:member_panel'] li.ui-autocomplete-item");
    browser.until(
        () ->
            browser.driver().findElements(suggestion).stream()
                .anyMatch(li -> li.isDisplayed() && li.getText().contains(email)));
    browser.driver().findElements(suggestion).stream()
        .filter(li -> li.getText().contains(email))
        .findFirst()
        .ifPresent(WebElement::click);
    browser.screenshot("anonymous-merge");
    browser.click("merge:save");
    browser.waitForGrowl("merged into Carla " + run);
    browser.until(() -> rowOf(phone) < 0);

    long memberId = memberIdOf(email);
    browser.go("console/members/member.xhtml?id=" + memberId + "&tab=contacts");
    browser.until(() -> browser.rows("contacts:events").size() == 2);
    String contacts = String.join("\n", browser.rows("contacts:events"));
    assertThat(contacts).contains(email, phone, "Do you deliver on Sundays?", "SMS", "Email");
    browser.screenshot("member-contacts-tab");
  }

  /** The index of the Anonymous table's row showing this identifier, or -1. */
  private int rowOf(String identifier) {
    List<String> rows = browser.rows(TABLE);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(identifier)) {
        return i;
      }
    }
    return -1;
  }

  private long memberIdOf(String email) throws Exception {
    HttpResponse<String> page = api("api/v1/members?q=" + enc(email));
    return json(page.body()).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private void inbound(String channel, String from, String summary) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("channel", channel)
            .add("from", from)
            .add("at", Instant.now().toString())
            .add("summary", summary)
            .build()
            .toString();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            InboundTestSettings.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature =
        "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> sent =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/inbound"))
                .header("Content-Type", "application/json")
                .header("X-Roster-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sent.statusCode()).isEqualTo(201);
  }

  private HttpResponse<String> api(String path) throws Exception {
    String basic = OWNER_EMAIL + ":" + OWNER_PASSWORD;
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
