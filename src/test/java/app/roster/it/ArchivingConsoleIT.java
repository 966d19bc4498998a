package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Archiving in the console, in two headless Chromiums: an admin archives a member whose session is
 * live in the other browser, which is signed out at its next request and refused at sign-in, and
 * then unarchives them from the Archived list. Also the Test list with its generator and Settings →
 * Billing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchivingConsoleIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TABLE = "members:table";
  private static final String OWNER_EMAIL = System.getProperty("roster.test.admin.email");
  private static final String OWNER_PASSWORD = System.getProperty("roster.test.admin.password");

  private static Browser admin;
  private static Browser member;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final String run = randomLetters(8);

  @BeforeEach
  void freshSessions() {
    if (admin == null) {
      admin = Browser.open(base);
      member = Browser.open(base);
    }
    for (Browser b : new Browser[] {admin, member}) {
      b.go("signin.xhtml");
      b.forgetSession();
    }
  }

  @AfterAll
  static void closeBrowsers() {
    if (admin != null) {
      admin.close();
      member.close();
      admin = null;
      member = null;
    }
  }

  @Test
  void archivingSignsOutALiveSessionAndUnarchivingLetsTheMemberBackIn() throws Exception {
    String email = "live.agent." + run + "@example.com";
    String password = "agent-" + run;
    addOverApi("Liv Agent", email, "Agent");
    TestDatabase.givePassword(email, password);
    signIn(member, email, password);
    assertThat(member.path()).startsWith("console/members/index.xhtml");
    signIn(admin, OWNER_EMAIL, OWNER_PASSWORD);

    search(email);
    admin.until(() -> onlyRowContains(email));
    admin.chooseFromMenu(TABLE + ":0:rowMenu", "Archive");
    admin.click("confirm:yes");
    admin.waitForGrowl("Archived Liv Agent");
    admin.until(() -> admin.rows(TABLE).isEmpty());
    admin.screenshot("archive-row-archived");

    member.go("console/members/index.xhtml");
    assertThat(member.path()).as("signed out at the next request").startsWith("signin.xhtml");
    signIn(member, email, password);
    assertThat(member.path()).as("refused at sign-in").startsWith("signin.xhtml");

    chooseListing("Archived");
    admin.until(() -> onlyRowContains(email));
    admin.screenshot("archive-archived-list");
    admin.chooseFromMenu(TABLE + ":0:rowMenu", "Unarchive");
    admin.waitForGrowl("Unarchived Liv Agent");
    admin.until(() -> admin.rows(TABLE).isEmpty());

    signIn(member, email, password);
    assertThat(member.path()).startsWith("console/members/index.xhtml");
  }

  @Test
  void selectedMembersAreArchivedTogetherAndTheProfileShowsIt() throws Exception {
    addOverApi("Sel One", "sel.one." + run + "@example.com", "Customer");
    addOverApi("Sel Two", "sel.two." + run + "@example.com", "Customer");
    signIn(admin, OWNER_EMAIL, OWNER_PASSWORD);
    search("sel " + run);
    admin.until(() -> admin.rows(TABLE).size() == 2);

    for (var box :
        admin.driver().findElements(By.cssSelector("[id='" + TABLE + "_data'] .ui-chkbox-box"))) {
      box.click();
      admin.waitForPage();
    }
    admin.screenshot("archive-selected");
    admin.click(TABLE + ":archiveSelected");
    admin.click("confirm:yes");
    admin.screenshot("archive-selected-done");
    admin.waitForGrowl("Archived 2 members");
    admin.until(() -> admin.rows(TABLE).isEmpty());

    chooseListing("Archived");
    admin.until(() -> admin.rows(TABLE).size() == 2);
    admin.clickThrough(TABLE + ":0:profile");
    assertThat(admin.text("profile:archivedTag")).isEqualTo("Archived");
    admin.screenshot("archive-profile");
  }

  @Test
  void testMembersAreGeneratedWithProgressAndBillingLeavesThemOut() throws Exception {
    signIn(admin, OWNER_EMAIL, OWNER_PASSWORD);
    assertThat(admin.text("billableCount")).contains("billable");

    admin.click("actions:testMembers_button");
    admin.visible("actions:testMembers_menu");
    admin
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='actions:testMembers_menu']//a[normalize-space(.)='Generate test members']"))
        .click();
    admin.visible("generate:count_input");
    admin.type("generate:count_input", "640");
    admin.choose("generate:role", "Customer");
    admin.click("generate:start");
    new WebDriverWait(admin.driver(), Duration.ofSeconds(90))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> admin.text("generate:progressText").startsWith("Created 640 of 640"));
    admin.screenshot("test-members-generated");
    admin
        .driver()
        .findElement(By.cssSelector("[id='generateDialog'] .ui-dialog-titlebar-close"))
        .click();

    chooseListing("Test");
    search("example.test");
    admin.until(() -> !admin.rows(TABLE).isEmpty());
    assertThat(admin.rows(TABLE).get(0)).contains("@example.test");

    admin.go("console/settings/billing.xhtml");
    assertThat(Long.parseLong(admin.text("test").replace(",", ""))).isGreaterThanOrEqualTo(640);
    admin.screenshot("billing");
  }

  // Helpers

  private void signIn(Browser browser, String email, String password) {
    browser.go("signin.xhtml");
    browser.type("email", email).type("password", password).clickThrough("submit");
  }

  private void search(String text) {
    admin.type(TABLE + ":search", text);
  }

  private boolean onlyRowContains(String text) {
    var rows = admin.rows(TABLE);
    return rows.size() == 1 && rows.get(0).contains(text);
  }

  private void chooseListing(String label) {
    admin
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='"
                    + TABLE
                    + ":listing']//div[contains(@class,'ui-button')][normalize-space(.)='"
                    + label
                    + "']"))
        .click();
    admin.waitForPage();
  }

  private void addOverApi(String name, String email, String role) throws Exception {
    String body =
        "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}";
    HttpResponse<String> added =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/members"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (OWNER_EMAIL + ":" + OWNER_PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }

  private static String randomLetters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return letters.toString();
  }
}
