package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
import org.openqa.selenium.WindowType;

/**
 * People → Members as an admin uses it, in a headless Chromium against the packaged WAR: adding
 * members through the dialog, errors beside their fields, the search box, editing on the profile, a
 * concurrent edit, signing out, and a customer's own page. Every test makes its own members with a
 * random suffix, because the test database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersConsoleIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TABLE = "members:table";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final String run = randomLetters(8);

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
  void membersAddedThroughTheDialogAreFoundByEmailPartNameAndCjkName() {
    signInAsOwner();
    String taroEmail = "yamada." + run + "@example.jp";
    String obrienEmail = "sons." + run + "@example.ie";
    String tokyo = digits(4) + " " + digits(4);
    String dublin = digits(3) + " " + digits(4);

    addMember("山田太郎", taroEmail, "+81 3 " + tokyo, "1990-04-01", "Customer");
    browser.waitForGrowl("Member added");
    browser.until(() -> !browser.isVisible("add:name"));
    addMember("O'Brien & Sons", obrienEmail, "+353 1 " + dublin, null, "Customer");
    browser.until(() -> !browser.isVisible("add:name"));
    browser.screenshot("members-list");

    search("yamada." + run);
    browser.until(() -> onlyRowContains(taroEmail));
    assertThat(browser.rows(TABLE).get(0))
        .contains("山田太郎", "+81 3-" + tokyo.replace(' ', '-'), "Customer");

    search("obrien " + run);
    browser.until(() -> onlyRowContains(obrienEmail));

    search("sons." + run);
    browser.until(() -> onlyRowContains(obrienEmail));
    assertThat(browser.rows(TABLE).get(0)).contains("O'Brien & Sons", "+353 1 " + dublin);

    search("太郎");
    browser.until(() -> everyRowContains("太郎"));
    browser.screenshot("members-search-cjk");

    search("太郎 " + run);
    browser.until(() -> onlyRowContains(taroEmail));

    search(run);
    browser.until(() -> browser.rows(TABLE).size() == 2);
    assertThat(String.join("\n", browser.rows(TABLE))).contains(taroEmail, obrienEmail);
  }

  @Test
  void theTeamAndCustomersTabsListOnlyTheirKindAtTheirOwnAddress() {
    signInAsOwner();
    String agentEmail = "tab.agent." + run + "@example.com";
    String customerEmail = "tab.customer." + run + "@example.com";
    addMember("Tab Agent", agentEmail, null, null, "Agent");
    browser.until(() -> !browser.isVisible("add:name"));
    addMember("Tab Customer", customerEmail, null, null, "Customer");
    browser.until(() -> !browser.isVisible("add:name"));
    assertThat(activeTab()).isEqualTo("All members");

    browser.clickThrough("memberTabs:teamTab");
    assertThat(browser.path()).isEqualTo("console/members/index.xhtml?type=team");
    assertThat(activeTab()).isEqualTo("Team");
    browser.until(() -> !browser.rows(TABLE).isEmpty());
    assertThat(browser.rows(TABLE)).allSatisfy(row -> assertThat(row).contains("Team"));
    search(run);
    browser.until(() -> onlyRowContains(agentEmail));
    browser.screenshot("members-team-tab");

    browser.clickThrough("memberTabs:customersTab");
    assertThat(browser.path()).isEqualTo("console/members/index.xhtml?type=customer");
    assertThat(activeTab()).isEqualTo("Customers");
    browser.until(() -> !browser.rows(TABLE).isEmpty());
    assertThat(browser.rows(TABLE))
        .allSatisfy(row -> assertThat(row).contains("Customer").doesNotContain("Team"));
    search(run);
    browser.until(() -> onlyRowContains(customerEmail));

    browser.go("console/members/index.xhtml?type=team");
    assertThat(activeTab()).isEqualTo("Team");
    search(run);
    browser.until(() -> onlyRowContains(agentEmail));

    browser.clickThrough("memberTabs:allTab");
    assertThat(activeTab()).isEqualTo("All members");
    search(run);
    browser.until(() -> browser.rows(TABLE).size() == 2);
  }

  @Test
  void aBadPhoneIsShownBesideThePhoneFieldAndNothingIsSaved() {
    signInAsOwner();
    String email = "bad.phone." + run + "@example.com";

    addMember("Bad Phone", email, "12345", "2999-01-01", "Customer");

    assertThat(browser.waitForText("add:phoneMessage", "not a valid phone number")).isNotBlank();
    assertThat(browser.text("add:dateOfBirthMessage")).isNotBlank();
    assertThat(browser.text("add:nameMessage")).isBlank();
    assertThat(browser.isVisible("add:name")).as("the dialog stays open").isTrue();
    browser.screenshot("members-dialog-bad-phone");

    browser.click("add:cancel");
    browser.until(() -> !browser.isVisible("add:name"));
    openAddDialog();
    assertThat(browser.element("add:phone").getAttribute("value")).as("reset on open").isEmpty();
    assertThat(browser.text("add:phoneMessage")).isBlank();
    browser.click("add:cancel");

    search(email);
    browser.until(() -> browser.rows(TABLE).isEmpty());
    assertThat(browser.text(TABLE)).contains("No members match.");
  }

  @Test
  void anEmailDifferingOnlyInCaseIsADuplicateShownBesideTheEmailField() {
    signInAsOwner();
    String typed = "Ana.Lopez." + run.toUpperCase(Locale.ROOT) + "@Example.COM";

    addMember("Ana Lopez", typed, null, null, "Customer");
    browser.until(() -> !browser.isVisible("add:name"));
    addMember("Ana Lopez", typed.toLowerCase(Locale.ROOT), null, null, "Customer");

    assertThat(browser.waitForText("add:emailMessage", "already exists"))
        .isEqualTo("A member with this email address already exists.");
    assertThat(browser.isVisible("add:name")).as("the dialog stays open").isTrue();
    browser.screenshot("members-dialog-duplicate");
    browser.click("add:cancel");

    search(typed.toLowerCase(Locale.ROOT));
    browser.until(() -> onlyRowContains(typed));
  }

  @Test
  void aRoleTheAdminMayNotGrantIsRefusedBesideTheRoleField() throws Exception {
    signInAsOwner();
    String agentEmail = "agent." + run + "@example.com";
    String password = "agent-" + run;
    addMember("Agent " + run, agentEmail, null, null, "Agent");
    browser.until(() -> !browser.isVisible("add:name"));
    TestDatabase.givePassword(agentEmail, password);
    browser.clickThrough("account:signOut");
    signIn(agentEmail, password);
    assertThat(browser.text("account:signedInName")).isEqualTo("Agent " + run);

    addMember("Would Be Admin", "admin." + run + "@example.com", null, null, "Admin");

    assertThat(browser.waitForText("add:roleMessage", "cannot give a role"))
        .isEqualTo("You cannot give a role with permissions you do not have yourself.");
    assertThat(browser.isVisible("add:name")).as("the dialog stays open").isTrue();
  }

  @Test
  void anEditOnTheProfileShowsInTheList() {
    signInAsOwner();
    String email = "edit." + run + "@example.com";
    addMember("Before Edit", email, null, null, "Customer");
    browser.until(() -> !browser.isVisible("add:name"));

    openProfileOf(email);
    assertThat(browser.text("profile:createdAt")).endsWith("UTC");
    browser.type("profile:name", "After Edit " + run);
    browser.choose("profile:role", "Agent");
    browser.click("profile:save");
    browser.waitForGrowl("Changes saved");
    assertThat(browser.text("profile:summaryName")).isEqualTo("After Edit " + run);
    assertThat(browser.text("pageTitle")).isEqualTo("After Edit " + run);
    browser.screenshot("member-profile");

    browser.clickThrough("back");
    search(email);
    browser.until(() -> onlyRowContains("After Edit " + run));
    assertThat(browser.rows(TABLE).get(0)).contains("Agent", "Team");
  }

  @Test
  void aConcurrentEditIsReportedInsteadOfOverwritten() {
    signInAsOwner();
    String email = "stale." + run + "@example.com";
    addMember("Original Name", email, null, null, "Customer");
    browser.until(() -> !browser.isVisible("add:name"));
    openProfileOf(email);
    String profile = browser.path();
    String first = browser.driver().getWindowHandle();

    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.go(profile);
    browser.type("profile:name", "Saved Elsewhere");
    browser.click("profile:save");
    browser.waitForGrowl("Changes saved");
    String second = browser.driver().getWindowHandle();
    browser.driver().switchTo().window(first);

    browser.type("profile:name", "Would Overwrite");
    browser.click("profile:save");
    assertThat(browser.waitForText("profile:stale", "Someone else changed this member"))
        .contains("Reload");
    browser.screenshot("member-profile-stale");

    browser.click("profile:reload");
    browser.until(() -> !browser.isVisible("profile:stale"));
    assertThat(browser.element("profile:name").getAttribute("value")).isEqualTo("Saved Elsewhere");

    browser.driver().switchTo().window(second).close();
    browser.driver().switchTo().window(first);
  }

  @Test
  void signingOutLandsOnSignInAndTheConsoleAsksToSignInAgain() {
    signInAsOwner();

    browser.clickThrough("account:signOut");

    assertThat(browser.path()).startsWith("signin.xhtml");
    assertThat(browser.driver().getPageSource()).contains("You have signed out.");
    browser.go("console/members/index.xhtml");
    assertThat(browser.path()).startsWith("signin.xhtml?next=");
  }

  @Test
  void aCustomerLandsOnMyProfileAndIsRefusedTheConsole() throws Exception {
    signInAsOwner();
    String typed = "Ana.Lopez." + run.toUpperCase(Locale.ROOT) + "@Example.COM";
    String password = "customer-" + run;
    addMember("Ana López", typed, null, null, "Customer");
    browser.until(() -> !browser.isVisible("add:name"));
    TestDatabase.givePassword(typed.toLowerCase(Locale.ROOT), password);
    browser.clickThrough("account:signOut");

    signIn(typed.toLowerCase(Locale.ROOT), password);

    assertThat(browser.path()).isEqualTo("my/profile.xhtml");
    assertThat(browser.text("name")).isEqualTo("Ana López");
    assertThat(browser.text("email")).isEqualTo(typed);
    assertThat(browser.text("role")).isEqualTo("Customer");
    browser.screenshot("my-profile");

    browser.go("console/members/index.xhtml");
    assertThat(browser.driver().getPageSource()).contains("Not allowed");
    assertThat(statusWithSessionOf("console/members/index.xhtml")).isEqualTo(403);
  }

  private void signInAsOwner() {
    signIn(
        System.getProperty("roster.test.admin.email"),
        System.getProperty("roster.test.admin.password"));
    assertThat(browser.path()).startsWith("console/members/index.xhtml");
  }

  private void signIn(String email, String password) {
    browser.go("signin.xhtml");
    browser.type("email", email).type("password", password).clickThrough("submit");
  }

  private void openAddDialog() {
    browser.click("actions:addMember");
    browser.visible("add:name");
  }

  /** Fills the Add member dialog and submits it; the caller checks what happened. */
  private void addMember(String name, String email, String phone, String born, String role) {
    openAddDialog();
    browser.type("add:name", name).type("add:email", email);
    if (phone != null) {
      browser.type("add:phone", phone);
    }
    if (born != null) {
      browser.type("add:dateOfBirth_input", born);
    }
    browser.choose("add:role", role);
    browser.click("add:save");
  }

  /** The label of the highlighted tab over the member list. */
  private String activeTab() {
    return browser
        .driver()
        .findElement(By.cssSelector("[id='memberTabs:tabs'] li.ui-state-active"))
        .getText()
        .trim();
  }

  private void search(String text) {
    browser.type(TABLE + ":search", text);
  }

  private void openProfileOf(String email) {
    search(email);
    browser.until(() -> onlyRowContains(email));
    browser.clickThrough(TABLE + ":0:profile");
    assertThat(browser.path()).startsWith("console/members/member.xhtml?id=");
  }

  private boolean onlyRowContains(String text) {
    List<String> rows = browser.rows(TABLE);
    return rows.size() == 1 && rows.get(0).contains(text);
  }

  private boolean everyRowContains(String text) {
    List<String> rows = browser.rows(TABLE);
    return !rows.isEmpty() && rows.stream().allMatch(row -> row.contains(text));
  }

  /** The HTTP status of a page fetched with the browser's session cookie. */
  private int statusWithSessionOf(String path) throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String randomLetters(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return text.toString();
  }

  private static String digits(int length) {
    StringBuilder text = new StringBuilder().append((char) ('2' + RANDOM.nextInt(8)));
    for (int i = 1; i < length; i++) {
      text.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return text.toString();
  }
}
