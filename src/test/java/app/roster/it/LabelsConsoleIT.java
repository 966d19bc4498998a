package app.roster.it;

import static app.roster.it.Api.enc;
import static app.roster.it.Api.letters;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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

/**
 * Labels in the console, as an admin clicks them: create a label on Settings → Labels, put it on a
 * member from the profile's chips, filter the member list by it (any of / none of), and label every
 * member the list shows in bulk with the progress dialog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LabelsConsoleIT {

  private static final String TABLE = "members:table";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void freshSession() {
    api = new Api(base);
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
  void anAdminLabelsAMemberAndFiltersTheListByTheLabel() throws Exception {
    String word = letters(8);
    String vip = "VIP " + word;
    long ann = id(api.addMember("Ann " + word, "ann." + word + "@roster.test", "Customer"));
    long bob = id(api.addMember("Bob " + word, "bob." + word + "@roster.test", "Customer"));
    signInAsOwner();

    browser.go("console/settings/labels.xhtml");
    browser.click("actions:newLabel");
    browser.visible("labelForm:name");
    browser.type("labelForm:name", vip).click("labelForm:save");
    browser.waitForGrowl("created");
    browser.until(() -> String.join("\n", browser.rows("labels:table")).contains(vip));
    browser.screenshot("labels-settings");

    browser.go("console/members/member.xhtml?id=" + ann);
    pick("memberLabels:labels", "VIP", vip);
    browser.waitForGrowl("added");
    assertThat(browser.text("memberLabels")).contains(vip);
    browser.screenshot("labels-profile-chips");
    assertThat(labelsOf(ann)).containsExactly(vip);

    browser.go("console/members/index.xhtml");
    browser.type(TABLE + ":search", word);
    browser.until(() -> browser.rows(TABLE).size() == 2);
    pick(TABLE + ":labelFilter", "VIP " + word.substring(0, 3), vip);
    browser.until(() -> onlyRowContains("ann." + word));
    assertThat(browser.rows(TABLE).get(0)).contains(vip);
    browser.screenshot("labels-filter-any");

    chooseButton(TABLE + ":labelMatch", "None of");
    browser.until(() -> onlyRowContains("bob." + word));

    // Label every member the list shows now (Bob) in bulk.
    browser.click(TABLE + ":bulkLabel");
    browser.visible("bulkLabel:label_input");
    pick("bulkLabel:label", "VIP", vip);
    browser.click("bulkLabel:apply");
    browser.waitForText("bulkLabel:doneText", "1 members changed");
    browser.screenshot("labels-bulk-done");
    browser.click("bulkLabel:close");
    browser.until(() -> browser.rows(TABLE).isEmpty());
    assertThat(labelsOf(bob)).containsExactly(vip);
  }

  @Test
  void selectedRowsLoseALabelInBulk() throws Exception {
    String word = letters(8);
    String gold = "Gold " + word;
    api.expect(201, "POST", "api/v1/labels", "{\"name\": \"" + gold + "\"}");
    long cy = id(api.addMember("Cy " + word, "cy." + word + "@roster.test", "Customer"));
    long di = id(api.addMember("Di " + word, "di." + word + "@roster.test", "Customer"));
    for (long member : List.of(cy, di)) {
      api.expect(200, "POST", "api/v1/members/" + member + "/labels/" + enc(gold), null);
    }
    signInAsOwner();

    browser.go("console/members/index.xhtml");
    browser.type(TABLE + ":search", word);
    browser.until(() -> browser.rows(TABLE).size() == 2);
    browser
        .driver()
        .findElement(By.cssSelector("[id='" + TABLE + "'] tbody tr:first-child .ui-chkbox-box"))
        .click();
    browser.waitForPage();
    browser.click(TABLE + ":bulkLabel");
    browser.visible("bulkLabel:label_input");
    pick("bulkLabel:label", "Gold", gold);
    chooseButton("bulkLabel:mode", "Remove");
    browser.click("bulkLabel:apply");
    browser.waitForText("bulkLabel:doneText", "1 members changed");
    browser.click("bulkLabel:close");

    assertThat(labelsOf(cy)).isEmpty();
    assertThat(labelsOf(di)).containsExactly(gold);
  }

  // Steps

  /** Types into a PrimeFaces autocomplete and clicks the suggestion with this label. */
  private void pick(String autocompleteId, String typed, String suggestion) {
    browser.type(autocompleteId + "_input", typed);
    By item =
        By.cssSelector(
            "[id='" + autocompleteId + "_panel'] li[data-item-label='" + suggestion + "']");
    browser.until(
        () ->
            !browser.driver().findElements(item).isEmpty()
                && browser.driver().findElement(item).isDisplayed());
    browser.driver().findElement(item).click();
    browser.waitForPage();
  }

  /** Clicks the option of a PrimeFaces select-one button that shows this text. */
  private void chooseButton(String id, String label) {
    browser
        .driver()
        .findElement(By.xpath("//*[@id='" + id + "']//*[normalize-space(text())='" + label + "']"))
        .click();
    browser.waitForPage();
  }

  private void signInAsOwner() {
    browser.go("signin.xhtml");
    browser
        .type("email", System.getProperty("roster.test.admin.email"))
        .type("password", System.getProperty("roster.test.admin.password"))
        .clickThrough("submit");
    assertThat(browser.path()).startsWith("console/members/index.xhtml");
  }

  private boolean onlyRowContains(String text) {
    List<String> rows = browser.rows(TABLE);
    return rows.size() == 1 && rows.get(0).contains(text);
  }

  private List<String> labelsOf(long member) throws Exception {
    return Api.strings(Api.array(api.send("GET", "api/v1/members/" + member + "/labels", null)));
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValueExact();
  }
}
