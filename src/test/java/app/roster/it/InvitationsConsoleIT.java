package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Invitations from the console, in a headless Chromium against the packaged WAR, with the mails
 * caught by GreenMail: inviting from People → Members and joining through the mailed link, the
 * dialog offering Resend for a pending address, Settings → Invitations listing, filtering and
 * revoking, and bulk invites with their progress and summary. The bulk invite of a few thousand
 * addresses runs last, so its mails never hold up the others.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationsConsoleIT {

  private static final Pattern LINK =
      Pattern.compile("/(invitations/accept\\?token=[A-Za-z0-9_-]+)");
  private static final String PASSWORD = "a-good-long-password";
  private static final String INVITATIONS = "tabs:invitations:table";

  private static Mailbox mail;
  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void startMailServer() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopEverything() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    Mailbox.stopQuietly(mail);
  }

  @BeforeEach
  void freshSession() {
    if (browser == null) {
      browser = Browser.open(base);
    }
    browser.go("signin.xhtml");
    browser.forgetSession();
  }

  @Test
  @Order(1)
  void anInviteeJoinsThroughTheLinkMailedFromTheConsole() {
    signInAsOwner();
    String email = address("joiner");

    invite(email, "Agent");
    browser.waitForGrowl("Invitation sent to " + email);
    browser.until(() -> !browser.isVisible("invite:email"));
    browser.screenshot("invitations-console-sent");

    String link = linkIn(mail.awaitCount(email, 1).get(0));
    browser.forgetSession();
    browser.go(link);
    assertThat(browser.element("email").getAttribute("value")).isEqualTo(email);
    browser.type("name", "Joined " + run).type("password", PASSWORD).type("confirm", PASSWORD);
    browser.clickThrough("submit");

    assertThat(browser.path()).startsWith("console/members/index.xhtml");
    assertThat(browser.text("account:signedInName")).isEqualTo("Joined " + run);
  }

  @Test
  @Order(2)
  void aPendingAddressIsOfferedResendAndResendingKillsTheOldLink() {
    signInAsOwner();
    invite(System.getProperty("roster.test.admin.email"), "Customer");
    assertThat(browser.waitForText("invite:emailMessage", "already a member"))
        .isEqualTo("This person is already a member and can sign in.");
    assertThat(browser.isVisible("invite:pendingOffer")).isFalse();
    browser.click("invite:cancel");
    browser.until(() -> !browser.isVisible("invite:email"));

    String email = address("twice");
    invite(email, "Customer");
    browser.waitForGrowl("Invitation sent to " + email);
    String oldLink = linkIn(mail.awaitCount(email, 1).get(0));

    invite(email.toUpperCase(Locale.ROOT), "Agent");

    assertThat(browser.waitForText("invite:emailMessage", "already pending")).contains("Resend");
    assertThat(browser.text("invite:pendingOffer")).contains("pending invitation");
    assertThat(browser.isVisible("invite:email")).as("the dialog stays open").isTrue();
    browser.screenshot("invitations-console-pending");
    browser.click("invite:resendPending");
    browser.waitForGrowl("Invitation sent again to " + email);
    browser.until(() -> !browser.isVisible("invite:email"));

    List<MimeMessage> mails = mail.awaitCount(email, 2);
    String newLink =
        mails.stream()
            .map(InvitationsConsoleIT::linkIn)
            .filter(l -> !l.equals(oldLink))
            .findFirst()
            .orElseThrow();
    browser.forgetSession();
    browser.go(oldLink);
    assertThat(browser.driver().getPageSource()).contains("This invitation link is not valid");
    browser.go(newLink);
    assertThat(browser.element("email").getAttribute("value")).isEqualTo(email);
  }

  @Test
  @Order(3)
  void theMemberActionMenuInvitesAMemberAddedWithoutPasswordAndThenResends() {
    signInAsOwner();
    String email = address("added");
    browser.click("actions:addMember");
    browser.type("add:name", "Added " + run).type("add:email", email);
    browser.choose("add:role", "Customer");
    browser.click("add:save");
    browser.waitForGrowl("Member added");
    browser.until(() -> !browser.isVisible("add:name"));
    browser.type("members:table:search", email);
    browser.until(() -> browser.rows("members:table").size() == 1);

    browser.chooseFromMenu("members:table:0:rowMenu", "Invite");
    browser.visible("invite:email");
    assertThat(browser.element("invite:email").getAttribute("value")).isEqualTo(email);
    browser.choose("invite:role", "Customer");
    browser.click("invite:send");
    browser.waitForGrowl("Invitation sent to " + email);
    browser.until(() -> !browser.isVisible("invite:email"));
    assertThat(menuLabels("members:table:0:rowMenu"))
        .contains("Open profile", "Edit", "Resend invitation")
        .doesNotContain("Invite");

    browser.chooseFromMenu("members:table:0:rowMenu", "Resend invitation");
    browser.waitForGrowl("Invitation sent again to " + email);
    mail.awaitCount(email, 2);

    browser.clickThrough("members:table:0:profile");
    assertThat(menuLabels("memberActions:menu")).contains("Resend invitation");
  }

  @Test
  @Order(4)
  void settingsInvitationsListsFiltersAndRevokes() {
    signInAsOwner();
    String kept = address("kept");
    String revoked = address("revoked");
    invite(kept, "Customer");
    browser.waitForGrowl("Invitation sent to " + kept);
    invite(revoked, "Agent");
    browser.waitForGrowl("Invitation sent to " + revoked);

    browser.clickThrough("navigation:menuInvitations");
    assertThat(browser.path()).startsWith("console/settings/invitations.xhtml");
    browser.screenshot("invitations-settings-opened");
    assertThat(browser.text("tabs")).contains("Requests");
    findInvitationsTo(kept);
    browser.until(() -> rowWith(kept) >= 0 && rowWith(revoked) < 0);
    findInvitationsTo(revoked.toUpperCase(Locale.ROOT));
    browser.until(() -> rowWith(revoked) >= 0 && rowWith(kept) < 0);
    assertThat(browser.rows(INVITATIONS).get(rowWith(revoked))).contains("Pending", "Agent", "UTC");

    browser.click(INVITATIONS + ":" + rowWith(revoked) + ":revoke");
    assertThat(browser.waitForText("revokeForm:revokeText", revoked)).contains("Revoke");
    browser.click("revokeForm:confirmRevoke");
    browser.waitForGrowl("Invitation to " + revoked + " revoked");
    browser.until(() -> rowWith(revoked) >= 0 && rowText(revoked).contains("Revoked"));
    browser.screenshot("invitations-settings");

    browser.choose("tabs:invitations:status", "Pending");
    browser.until(() -> rowWith(revoked) < 0);
    assertThat(browser.text(INVITATIONS)).contains("No invitations");
    findInvitationsTo(kept);
    browser.until(() -> rowWith(kept) >= 0);
    assertThat(browser.rows(INVITATIONS)).allMatch(row -> row.contains("Pending"));
    browser.choose("tabs:invitations:status", "Revoked");
    browser.until(() -> rowWith(kept) < 0);
    findInvitationsTo(revoked);
    browser.until(() -> rowWith(revoked) >= 0);
    assertThat(browser.rows(INVITATIONS)).allMatch(row -> row.contains("Revoked"));
  }

  /** Types an address into the list's email box; the list follows when the box loses focus. */
  private void findInvitationsTo(String email) {
    browser.type("tabs:invitations:email", email);
    browser.element("tabs:invitations:email").sendKeys(Keys.TAB);
    browser.waitForPage();
  }

  @Test
  @Order(5)
  void aBulkInviteShowsItsProgressAndWhatBecameOfEachAddress() {
    signInAsOwner();
    String pending = address("already");
    invite(pending, "Customer");
    browser.waitForGrowl("Invitation sent to " + pending);
    browser.until(() -> !browser.isVisible("invite:email"));
    List<String> fresh = IntStream.range(0, 45).mapToObj(i -> address("bulk" + i)).toList();
    List<String> invalid = List.of("no-at-sign-" + run, "nobody@", "@nowhere.test");
    List<String> lines = new ArrayList<>(fresh);
    lines.addAll(invalid);
    lines.add(System.getProperty("roster.test.admin.email").toUpperCase(Locale.ROOT));
    lines.add(pending);
    lines.addAll(fresh.subList(0, 4).stream().map(a -> a.toUpperCase(Locale.ROOT)).toList());
    String pasted =
        String.join("\n", lines.subList(0, 20))
            + ", "
            + String.join("; ", lines.subList(20, 40))
            + " "
            + String.join("\n", lines.subList(40, lines.size()));

    startBulk(pasted, "Customer");

    assertThat(browser.path()).startsWith("console/members/bulk-invite.xhtml?id=");
    assertThat(browser.isVisible("progress:bar")).isTrue();
    browser.until(() -> browser.text("progress:state").startsWith("Done"));
    assertThat(browser.text("progress:state")).contains("50 of 50 addresses");
    assertThat(browser.text("progress:bar")).contains("100%");
    assertThat(summary("INVITED")).isEqualTo("Invited: 45");
    assertThat(summary("PENDING")).isEqualTo("Already pending: 1");
    assertThat(summary("MEMBER")).isEqualTo("Already members: 1");
    assertThat(summary("INVALID")).isEqualTo("Invalid addresses: 3");
    browser.driver().findElement(By.id("count-INVALID")).click();
    assertThat(browser.driver().findElement(By.id("list-INVALID")).getText())
        .contains(invalid.toArray(String[]::new));
    browser.driver().findElement(By.id("count-PENDING")).click();
    assertThat(browser.driver().findElement(By.id("list-PENDING")).getText()).contains(pending);
    browser.screenshot("invitations-bulk-summary");

    browser.go(browser.path());
    assertThat(browser.text("progress:state")).as("after a reload").startsWith("Done");
    assertThat(summary("INVITED")).isEqualTo("Invited: 45");
    mail.awaitCount(fresh.get(44), 1);
  }

  @Test
  @Order(6)
  void threeThousandAddressesAreInvitedInBatches() throws Exception {
    signInAsOwner();
    String pasted =
        IntStream.range(0, 3_000)
            .mapToObj(i -> "many" + i + "-" + run + "@invited.test")
            .collect(Collectors.joining("\n"));

    long started = System.nanoTime();
    startBulk(pasted, "Customer");
    new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("progress:state")).getText().startsWith("Done"));
    long seconds = (System.nanoTime() - started) / 1_000_000_000;

    assertThat(summary("INVITED")).isEqualTo("Invited: 3000");
    assertThat(summary("INVALID")).isEqualTo("Invalid addresses: 0");
    assertThat(seconds).as("seconds for 3,000 addresses").isLessThan(180);
    assertThat(dropWaitingMailTo("many%-" + run + "@invited.test"))
        .as("one invitation mail per address, sent or waiting in the outbox")
        .isEqualTo(3_000);
  }

  /**
   * Removes the outbox messages still waiting for these recipients (a LIKE pattern), and answers
   * how many there were for them in all, sent or waiting. Thousands of invitation mails would
   * otherwise hold up, for minutes, the mails that the test classes running after this one wait for
   * on the same database.
   */
  private static int dropWaitingMailTo(String recipients) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement count =
            c.prepareStatement("SELECT COUNT(*) FROM outbox_message WHERE recipient_norm LIKE ?");
        PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM outbox_message WHERE status = 'PENDING' AND recipient_norm LIKE ?")) {
      count.setString(1, recipients);
      int all;
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        all = rs.getInt(1);
      }
      delete.setString(1, recipients);
      delete.executeUpdate();
      return all;
    }
  }

  @Test
  @Order(7)
  void anAgentSeesNoInvitationsAndIsRefusedTheirPages() throws Exception {
    signInAsOwner();
    String email = address("agent");
    browser.click("actions:addMember");
    browser.type("add:name", "Agent " + run).type("add:email", email);
    browser.choose("add:role", "Agent");
    browser.click("add:save");
    browser.waitForGrowl("Member added");
    TestDatabase.givePassword(email, PASSWORD);
    browser.clickThrough("account:signOut");
    browser.go("signin.xhtml");
    browser.type("email", email).type("password", PASSWORD).clickThrough("submit");
    assertThat(browser.text("account:signedInName")).isEqualTo("Agent " + run);

    assertThat(browser.isVisible("actions:inviteMember")).isFalse();
    assertThat(browser.isVisible("actions:inviteMany")).isFalse();
    assertThat(browser.driver().findElements(By.id("navigation:menuInvitations"))).isEmpty();
    browser.go("console/settings/invitations.xhtml");
    assertThat(browser.driver().getPageSource()).contains("Not allowed");
    browser.go("console/members/bulk-invite.xhtml?id=1");
    assertThat(browser.driver().getPageSource()).contains("Not allowed");
  }

  private void signInAsOwner() {
    browser.go("signin.xhtml");
    browser
        .type("email", System.getProperty("roster.test.admin.email"))
        .type("password", System.getProperty("roster.test.admin.password"))
        .clickThrough("submit");
    assertThat(browser.path()).startsWith("console/members/index.xhtml");
  }

  /** Opens Invite member on the members page (going there if needed) and sends the form. */
  private void invite(String email, String role) {
    if (!browser.path().startsWith("console/members/index.xhtml")) {
      browser.go("console/members/index.xhtml");
    }
    browser.click("actions:inviteMember");
    browser.visible("invite:email");
    assertThat(browser.element("invite:email").getAttribute("value")).as("reset on open").isEmpty();
    browser.type("invite:email", email);
    browser.choose("invite:role", role);
    browser.click("invite:send");
  }

  /** Pastes the addresses into Invite many, chooses the role and starts. */
  private void startBulk(String pasted, String role) {
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
    browser.choose("bulk:role", role);
    browser.click("bulk:start");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> browser.path().startsWith("console/members/bulk-invite.xhtml"));
    browser.waitForPage();
  }

  private List<String> menuLabels(String menuButtonId) {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='" + menuButtonId + "_menu'] a"))
        .stream()
        .map(a -> a.getAttribute("textContent").strip())
        .toList();
  }

  private String summary(String outcome) {
    return browser.driver().findElement(By.id("count-" + outcome)).getText();
  }

  private int rowWith(String email) {
    List<String> rows = browser.rows(INVITATIONS);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(email)) {
        return i;
      }
    }
    return -1;
  }

  private String rowText(String email) {
    int row = rowWith(email);
    return row < 0 ? "" : browser.rows(INVITATIONS).get(row);
  }

  private String address(String who) {
    return who + "-" + run + "@invited.test";
  }

  /** The accept link of an invitation mail, as a path of the application. */
  private static String linkIn(MimeMessage message) {
    try {
      Matcher link = LINK.matcher(bodyOf(message));
      assertThat(link.find()).as("the mail holds an accept link").isTrue();
      return link.group(1);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String bodyOf(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof Multipart parts) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        text.append(parts.getBodyPart(i).getContent());
      }
      return text.toString();
    }
    return String.valueOf(content);
  }
}
