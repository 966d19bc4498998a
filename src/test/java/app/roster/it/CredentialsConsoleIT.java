package app.roster.it;

import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Change Email and Change Phone as an admin clicks them on a member's profile, and as the member
 * confirms the link in a browser: the dialog shows errors beside the field, the profile shows the
 * pending change with Resend and Cancel, and once the member confirmed, the profile and its History
 * tab show the new value. SMS stay captured here (no gateway configured), so the link is read from
 * the outbox as an admin would in Settings → Outbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialsConsoleIT {

  private static final String OWNER = System.getProperty("roster.test.admin.email");
  private static final String OWNER_PASSWORD = System.getProperty("roster.test.admin.password");
  private static final Pattern LINK =
      Pattern.compile("/credentials/confirm\\?token=([A-Za-z0-9_-]+)");

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void freshSession() {
    if (browser == null) {
      browser = Browser.open(base);
    }
    browser.go("signin.xhtml");
    browser.forgetSession();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void anAdminAsksForANewPhoneAndTheMemberConfirmsItFromTheSms() throws Exception {
    String oldPhone = uniquePhone();
    String newPhone = uniquePhone();
    long id = addMember("Phoebe Phone", uniqueAddress("phoebe"), oldPhone);
    signInAsOwner();
    browser.go("console/members/member.xhtml?id=" + id);

    browser.chooseFromMenu("memberActions:menu", "Change phone");
    browser.visible("phoneChange:phone");
    browser.type("phoneChange:phone", "12345").click("phoneChange:send");
    assertThat(browser.waitForText("phoneChange:phoneMessage", "not a valid phone number"))
        .isNotBlank();
    assertThat(browser.isVisible("phoneChange:phone")).as("the dialog stays open").isTrue();

    browser.type("phoneChange:phone", newPhone).click("phoneChange:send");
    browser.waitForGrowl("Confirmation sent to the member");
    browser.until(() -> !browser.isVisible("phoneChange:phone"));
    assertThat(browser.waitForText("credentials:pendingValue", intl(newPhone))).isNotBlank();
    assertThat(browser.text("credentials:pendingSentTo")).isEqualTo(intl(oldPhone));
    assertThat(browser.text("credentials:pendingBy")).contains(OWNER);
    assertThat(browser.text("credentials:pendingState")).contains("Waiting for the member");
    assertThat(
            browser.text("profile:phone") + browser.element("profile:phone").getAttribute("value"))
        .as("nothing changes yet")
        .contains(intl(oldPhone).substring(3));
    browser.screenshot("credentials-pending");

    browser.click("credentials:resend");
    browser.waitForGrowl("Confirmation sent again");
    String token = tokenInLatestSms(oldPhone, 2);

    browser.forgetSession();
    browser.go("credentials/confirm?token=" + token);
    assertThat(browser.text("what"))
        .contains("Your phone number changes from " + intl(oldPhone) + " to " + intl(newPhone));
    browser.screenshot("credentials-confirm");
    browser.clickThrough("confirm:submit");
    assertThat(browser.waitForText("done", "Your phone number is now " + intl(newPhone)))
        .isNotBlank();

    signInAsOwner();
    browser.go("console/members/member.xhtml?id=" + id);
    assertThat(browser.element("profile:phone").getAttribute("value"))
        .contains(newPhone.substring(5, 8));
    assertThat(browser.text("credentials:noPending")).contains("No change waiting");

    browser.go("console/members/member.xhtml?id=" + id + "&tab=history");
    browser.until(() -> !browser.rows("history:historyTable").isEmpty());
    String newest = browser.rows("history:historyTable").get(0);
    assertThat(newest)
        .contains("Credential change confirmed")
        .contains("phone: " + oldPhone + " → " + newPhone)
        .contains("Phoebe Phone");
    browser.screenshot("credentials-history");
  }

  @Test
  void anAdminCancelsAPendingEmailChangeFromTheProfile() throws Exception {
    String email = uniqueAddress("cancel");
    long id = addMember("Cancel Carl", email, null);
    signInAsOwner();
    browser.go("console/members/member.xhtml?id=" + id);

    browser.click("credentials:changeEmail");
    browser.visible("emailChange:email");
    browser.type("emailChange:email", email.toUpperCase()).click("emailChange:send");
    assertThat(browser.waitForText("emailChange:emailMessage", "current email already"))
        .isNotBlank();
    String wanted = uniqueAddress("wanted");
    browser.type("emailChange:email", wanted).click("emailChange:send");
    browser.waitForGrowl("Confirmation sent to the member");
    assertThat(browser.waitForText("credentials:pendingValue", wanted)).isNotBlank();

    browser.click("credentials:cancelChange");
    browser.visible("confirm:yes");
    browser.click("confirm:yes");
    browser.waitForGrowl("Change cancelled");
    assertThat(browser.waitForText("credentials:noPending", "No change waiting")).isNotBlank();
    assertThat(api("GET", "api/v1/members/" + id + "/credential-change", null).statusCode())
        .isEqualTo(404);
  }

  // --- helpers ---

  private String tokenInLatestSms(String to, int count) throws Exception {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json(api("GET", "api/v1/outbox?channel=sms&to=" + enc(to), null).body())
                        .getJsonArray("items")
                        .size()
                    >= count);
    JsonObject newest =
        json(api("GET", "api/v1/outbox?channel=sms&to=" + enc(to), null).body())
            .getJsonArray("items")
            .getJsonObject(0);
    long messageId = newest.getJsonNumber("id").longValue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json(api("GET", "api/v1/outbox/" + messageId, null).body())
                    .getString("status")
                    .equalsIgnoreCase("captured"));
    String body = json(api("GET", "api/v1/outbox/" + messageId, null).body()).getString("body");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("the SMS holds a link: " + body).isTrue();
    return link.group(1);
  }

  private long addMember(String name, String email, String phone) throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"email\":\""
            + email
            + "\",\"role\":\"Customer\""
            + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
            + "}";
    HttpResponse<String> added = api("POST", "api/v1/members", body);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return json(added.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> api(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (OWNER + ":" + OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void signInAsOwner() {
    browser.go("signin.xhtml");
    browser.type("email", OWNER).type("password", OWNER_PASSWORD).clickThrough("submit");
    assertThat(browser.path()).startsWith("console/members/index.xhtml");
  }

  private static String uniqueAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@console.test";
  }

  private static String uniquePhone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "+1650" + random.nextInt(200, 1000) + String.format("%04d", random.nextInt(10000));
  }

  private static String intl(String e164) {
    return "+1 " + e164.substring(2, 5) + "-" + e164.substring(5, 8) + "-" + e164.substring(8);
  }
}
