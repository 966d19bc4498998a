package app.roster.it;

import static app.roster.it.Api.letters;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Settings → Roles as an Owner clicks it: create a custom team role with a chosen permission, then
 * delete it while a member holds it, moving that member to another role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesConsoleIT {

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void anOwnerCreatesARoleAndDeletesItMovingItsMember() throws Exception {
    Api api = new Api(base);
    String name = "Helpers " + letters(8);
    browser = Browser.open(base);
    browser.go("signin.xhtml");
    browser
        .type("email", System.getProperty("roster.test.admin.email"))
        .type("password", System.getProperty("roster.test.admin.password"))
        .clickThrough("submit");

    browser.go("console/settings/roles.xhtml");
    assertThat(String.join("\n", browser.rows("roles:table"))).contains("Owner", "Customer");
    browser.click("actions:newRole");
    browser.visible("roleForm:name");
    browser.type("roleForm:name", name);
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='roleForm:permissions']//label[normalize-space(text())='Manage labels']"))
        .click();
    browser.click("roleForm:save");
    browser.waitForGrowl("created");
    browser.until(() -> rowOf(name) >= 0);
    assertThat(browser.rows("roles:table").get(rowOf(name)))
        .contains("Manage labels", "View members");
    browser.screenshot("roles-settings");

    String email = "helper." + letters(8) + "@roster.test";
    long member = api.addMember("Hal Helper", email, name).getJsonNumber("id").longValueExact();
    browser.go("console/settings/roles.xhtml");
    browser.click("roles:table:" + rowOf(name) + ":delete");
    browser.visible("deleteForm:confirm");
    browser.choose("deleteForm:replacement", "Agent");
    browser.click("deleteForm:confirm");
    browser.waitForGrowl("deleted");
    browser.until(() -> rowOf(name) < 0);

    assertThat(api.expect(200, "GET", "api/v1/members/" + member, null).getString("role"))
        .isEqualTo("Agent");
  }

  private static int rowOf(String name) {
    List<String> rows = browser.rows("roles:table");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(name)) {
        return i;
      }
    }
    return -1;
  }
}
