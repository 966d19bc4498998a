package app.roster.it;

import static app.roster.it.Api.letters;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server refuses, with 403, every console page and API call a role does not grant: a Customer
 * signed in through the form reaches no console page, and through the API no call; an Agent reaches
 * the member list but no settings page and no call that needs more than members.view/edit. Hidden
 * buttons are not what is tested here: each URL is requested directly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionMatrixIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api;
  private String word;
  private long ownerId;
  private long labelId;
  private long roleId;

  @BeforeEach
  void arrange() throws Exception {
    api = new Api(base);
    word = letters(8);
    labelId = id(api.expect(201, "POST", "api/v1/labels", "{\"name\": \"Matrix " + word + "\"}"));
    roleId =
        id(
            api.expect(
                201,
                "POST",
                "api/v1/roles",
                "{\"name\": \"Matrix " + word + "\", \"kind\": \"team\", \"permissions\": []}"));
    String email = System.getProperty("roster.test.admin.email");
    ownerId =
        api
            .expect(200, "GET", "api/v1/members?role=Owner&size=200", null)
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("email").equalsIgnoreCase(email))
            .findFirst()
            .map(PermissionMatrixIT::id)
            .orElseThrow();
  }

  @Test
  void aCustomerIsRefusedEveryConsolePage() throws Exception {
    String credentials = customer();
    HttpClient browser = signedIn(credentials);

    List<String> reached = new ArrayList<>();
    for (String page : consolePages(true)) {
      int status = get(browser, page).statusCode();
      if (status != 403) {
        reached.add(page + " -> " + status);
      }
    }
    assertThat(reached).isEmpty();
    assertThat(get(browser, "my/profile.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aCustomerIsRefusedEveryApiCall() throws Exception {
    assertThat(refusedCalls(customer(), customerCalls())).isEmpty();
  }

  @Test
  void anAgentIsRefusedEverySettingsPage() throws Exception {
    HttpClient browser = signedIn(agent());

    List<String> reached = new ArrayList<>();
    for (String page : consolePages(false)) {
      int status = get(browser, page).statusCode();
      if (status != 403) {
        reached.add(page + " -> " + status);
      }
    }
    assertThat(reached).isEmpty();
    assertThat(get(browser, "console/members/index.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void anAgentIsRefusedEveryApiCallBeyondViewingAndEditingMembers() throws Exception {
    assertThat(refusedCalls(agent(), agentCalls())).isEmpty();
  }

  @Test
  void theOwnerReachesTheLabelsAndRolesPages() throws Exception {
    HttpClient browser = signedIn(Api.OWNER);

    HttpResponse<String> labels = get(browser, "console/settings/labels.xhtml");
    assertThat(labels.statusCode()).isEqualTo(200);
    assertThat(labels.body()).contains("Matrix " + word);
    HttpResponse<String> roles = get(browser, "console/settings/roles.xhtml");
    assertThat(roles.statusCode()).isEqualTo(200);
    assertThat(roles.body()).contains("Matrix " + word, "Manage labels");
  }

  // What each role must not reach

  /** Settings pages (and, for customers, the member pages too). */
  private List<String> consolePages(boolean memberPagesToo) {
    List<String> pages = new ArrayList<>();
    if (memberPagesToo) {
      pages.add("console/members/index.xhtml");
      pages.add("console/members/member.xhtml?id=" + ownerId);
      pages.add("console/members/member.xhtml?id=" + ownerId + "&tab=details");
    }
    pages.add("console/members/bulk-invite.xhtml?id=1");
    for (String settings :
        List.of(
            "audit",
            "invitations",
            "join-requests",
            "outbox",
            "workspace",
            "labels",
            "roles",
            "access",
            "actions")) {
      pages.add("console/settings/" + settings + ".xhtml");
    }
    return pages;
  }

  private List<Call> agentCalls() {
    String label = "api/v1/labels/" + labelId;
    String role = "api/v1/roles/" + roleId;
    return List.of(
        new Call("POST", "api/v1/labels", "{\"name\": \"Agent " + word + "\"}"),
        new Call("PUT", label, "{\"name\": \"Agent " + word + "\"}"),
        new Call("DELETE", label, null),
        new Call("POST", "api/v1/roles", "{\"name\": \"A" + word + "\", \"kind\": \"team\"}"),
        new Call("PUT", role, "{\"name\": \"A" + word + "\", \"kind\": \"team\"}"),
        new Call("DELETE", role, null),
        new Call("POST", "api/v1/members/" + ownerId + "/labels/Matrix%20" + word, null),
        new Call("PUT", "api/v1/members/" + ownerId + "/labels", "[]"),
        new Call("PATCH", "api/v1/members/" + ownerId, "{\"name\": \"Hacked\"}"),
        new Call("GET", "api/v1/members/" + ownerId + "/history", null),
        new Call("GET", "api/v1/audit", null),
        new Call("GET", "api/v1/outbox", null),
        new Call("POST", "api/v1/outbox/test", "{}"),
        new Call("GET", "api/v1/invitations", null),
        new Call(
            "POST", "api/v1/invitations", "{\"email\": \"x@roster.test\", \"role\": \"Agent\"}"),
        new Call("GET", "api/v1/join-requests", null),
        new Call("PUT", "api/v1/workspace", "{\"name\": \"Hacked\", \"allowJoinRequests\": true}"),
        new Call("POST", "api/v1/access/rules", "{\"name\": \"x\", \"expression\": \"true\"}"),
        new Call("DELETE", "api/v1/access/rules/1", null),
        new Call("GET", "api/v1/actions", null),
        new Call("POST", "api/v1/actions", "{\"name\": \"x\", \"trigger\": \"labelAdded\"}"),
        new Call("GET", "api/v1/actions/1/runs", null));
  }

  private List<Call> customerCalls() {
    List<Call> calls = new ArrayList<>(agentCalls());
    String member = "api/v1/members/" + ownerId;
    calls.addAll(
        List.of(
            new Call("GET", "api/v1/members", null),
            new Call("GET", "api/v1/workspace", null),
            new Call("GET", member, null),
            new Call(
                "POST",
                "api/v1/members",
                "{\"name\": \"X\", \"email\": \"x@x.test\", \"role\": \"Customer\"}"),
            new Call("GET", member + "/labels", null),
            new Call("DELETE", member + "/labels/Matrix%20" + word, null),
            new Call("GET", "api/v1/labels", null),
            new Call("GET", "api/v1/labels/" + labelId, null),
            new Call("GET", "api/v1/roles", null),
            new Call("GET", "api/v1/roles/" + roleId, null),
            new Call("GET", "api/v1/access/rules", null),
            new Call(
                "POST",
                "api/v1/access/check",
                "{\"expression\": \"true\", \"memberId\": " + ownerId + "}")));
    return calls;
  }

  private List<String> refusedCalls(String credentials, List<Call> calls) throws Exception {
    List<String> allowed = new ArrayList<>();
    for (Call call : calls) {
      HttpResponse<String> response =
          api.send(call.method(), call.path(), call.body(), credentials, Map.of("If-Match", "*"));
      if (response.statusCode() != 403) {
        allowed.add(call + " -> " + response.statusCode() + " " + response.body());
      }
    }
    return allowed;
  }

  private record Call(String method, String path, String body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  // Arranging

  private String customer() throws Exception {
    return api.memberWithPassword("Cu " + word, "cu." + word + "@roster.test", "Customer");
  }

  private String agent() throws Exception {
    return api.memberWithPassword("Ag " + word, "ag." + word + "@roster.test", "Agent");
  }

  private HttpClient signedIn(String credentials) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String page = get(browser, "signin.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    assertThat(state.find()).isTrue();
    String[] parts = credentials.split(":", 2);
    String form =
        "signin=signin&email="
            + enc(parts[0])
            + "&password="
            + enc(parts[1])
            + "&submit=&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
    return browser;
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValueExact();
  }
}
