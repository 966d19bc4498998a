package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The members REST API as a client sees it: status codes, headers, member JSON and problem+json
 * errors. The test database outlives a run, so every email, phone and search word carries this
 * run's random letters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersApiIT {

  private static final Random RANDOM = new SecureRandom();
  private static final String RUN = randomLetters(8);
  private static final String MEMBERS = "api/v1/members";
  private static final String PROBLEM_JSON = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    // Bookmarks every few rows: deep pages of this small database go through them.
    return RosterDeployment.withShortBookmarkSteps();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String owner =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  // Adding and reading

  @Test
  void addingAMemberAnswers201WithLocationETagAndTheMember() throws Exception {
    Phone phone = Phone.random();
    String email = "Lena.Add." + RUN + "@Roster.Test";
    JsonObject sent =
        Json.createObjectBuilder()
            .add("name", "Lena Addison")
            .add("email", email)
            .add("phone", phone.typedNationally())
            .add("dateOfBirth", "1990-04-23")
            .add("role", "Agent")
            .add("externalId", "crm-" + RUN)
            .build();

    HttpResponse<String> response = send("POST", MEMBERS, sent.toString());

    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject member = json(response);
    long id = member.getJsonNumber("id").longValueExact();
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/api/v1/members/" + id));
    assertThat(response.headers().firstValue("ETag"))
        .hasValue("\"" + member.getJsonNumber("version").longValueExact() + "\"");
    assertThat(member.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "name",
            "email",
            "phone",
            "dateOfBirth",
            "role",
            "type",
            "externalId",
            "labels",
            "status",
            "kind",
            "expiresAt",
            "version",
            "createdAt",
            "updatedAt");
    assertThat(member.getString("name")).isEqualTo("Lena Addison");
    assertThat(member.getString("email")).isEqualTo(email);
    assertThat(member.getString("phone")).isEqualTo(phone.international());
    assertThat(member.getString("dateOfBirth")).isEqualTo("1990-04-23");
    assertThat(member.getString("role")).isEqualTo("Agent");
    assertThat(member.getString("type")).isEqualTo("team");
    assertThat(member.getString("externalId")).isEqualTo("crm-" + RUN);
    assertThat(Instant.parse(member.getString("createdAt"))).isBeforeOrEqualTo(Instant.now());
    assertThat(Instant.parse(member.getString("updatedAt")))
        .isEqualTo(Instant.parse(member.getString("createdAt")));

    HttpResponse<String> read = send("GET", MEMBERS + "/" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read)).isEqualTo(member);
    assertThat(read.headers().firstValue("ETag")).isEqualTo(response.headers().firstValue("ETag"));
  }

  @Test
  void emptyOptionalFieldsAreNull() throws Exception {
    JsonObject member = add("Nora Plain", "nora.plain." + RUN + "@roster.test", "Customer");

    assertThat(member.isNull("phone")).isTrue();
    assertThat(member.isNull("dateOfBirth")).isTrue();
    assertThat(member.isNull("externalId")).isTrue();
    assertThat(member.getString("type")).isEqualTo("customer");
  }

  @Test
  void namesInAnyScriptAndPunctuationRoundTrip() throws Exception {
    for (String name : List.of("山田太郎", "O'Brien & Sons", "José Núñez", "ليلى عبد الله")) {
      JsonObject added = add(name, "script." + randomLetters(10) + "@roster.test", "Customer");

      HttpResponse<String> read = send("GET", MEMBERS + "/" + added.getInt("id"), null);

      assertThat(json(read).getString("name")).isEqualTo(name);
    }
  }

  @Test
  void internationalisedDomainsAreAcceptedAndMatchTheirAsciiForm() throws Exception {
    String local = "idn." + RUN;
    JsonObject added = add("Bea Bücher", local + "@Bücher.example", "Customer");
    assertThat(added.getString("email")).isEqualTo(local + "@Bücher.example");

    HttpResponse<String> again =
        send("POST", MEMBERS, member("Bea Again", local + "@xn--bcher-kva.example", "Customer"));

    assertThat(fieldsOf(problem(again, 409))).containsExactly("email");
  }

  @Test
  void duplicateEmailInAnotherCaseIsAConflict() throws Exception {
    String email = "Ana.Lopez." + RUN + "@Example.COM";
    add("Ana Lopez", email, "Agent");

    HttpResponse<String> response =
        send("POST", MEMBERS, member("Ana Again", email.toLowerCase(Locale.ROOT), "Agent"));

    JsonObject problem = problem(response, 409);
    assertThat(problem.getString("type")).isEqualTo("https://roster.app/problems/conflict");
    assertThat(fieldsOf(problem)).containsExactly("email");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
  }

  @Test
  void theFirstOfTwoEmailsInOtherCaseSignsInWithEither() throws Exception {
    String email = "Ana.Sign." + RUN + "@Example.COM";
    add("Ana Sign", email, "Agent");
    TestDatabase.givePassword(email.toLowerCase(Locale.ROOT), "ana-password-" + RUN);

    HttpResponse<String> response =
        send(
            "GET",
            MEMBERS + "?size=1",
            null,
            email.toLowerCase(Locale.ROOT) + ":ana-password-" + RUN);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  // Invalid input

  @Test
  void invalidFieldsAreAllListedInOneProblem() throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("email", "not-an-email")
            .add("phone", "12345")
            .add("dateOfBirth", LocalDate.now().plusYears(1).toString())
            .add("role", "Agent")
            .build();

    HttpResponse<String> response = send("POST", MEMBERS, body.toString());

    JsonObject problem = problem(response, 400);
    assertThat(problem.getString("type")).isEqualTo("https://roster.app/problems/validation");
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(fieldsOf(problem))
        .containsExactlyInAnyOrder("name", "email", "phone", "dateOfBirth");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .allSatisfy(error -> assertThat(error.getString("message")).isNotBlank());
  }

  @Test
  void badPhoneIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().add("phone", "12345"), "phone");
  }

  @Test
  void badEmailIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().add("email", "ana.example.com"), "email");
  }

  @Test
  void futureDateOfBirthIsAFieldError() throws Exception {
    assertSingleFieldError(
        validMember().add("dateOfBirth", LocalDate.now().plusDays(2).toString()), "dateOfBirth");
  }

  @Test
  void missingNameIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().remove("name"), "name");
  }

  @Test
  void unknownRoleIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().add("role", "Wizard"), "role");
  }

  @Test
  void dateThatIsNotADateIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().add("dateOfBirth", "not-a-date"), "dateOfBirth");
  }

  @Test
  void valueOfTheWrongTypeIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().add("phone", 2025550143L), "phone");
  }

  @Test
  void unknownFieldIsAFieldError() throws Exception {
    assertSingleFieldError(validMember().add("nickname", "Nan"), "nickname");
  }

  @Test
  void malformedJsonIsAProblemSayingWhere() throws Exception {
    HttpResponse<String> response = send("POST", MEMBERS, "{\"name\": \"Ana\",");

    JsonObject problem = problem(response, 400);
    assertThat(problem.getString("detail")).contains("JSON").contains("line 1");
  }

  @Test
  void bodyInAnotherMediaTypeIsUnsupported() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(MEMBERS))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=Ana")),
            owner);

    problem(response, 415);
  }

  // Not found and not allowed

  @Test
  void unknownMemberIsNotFound() throws Exception {
    HttpResponse<String> response = send("GET", MEMBERS + "/987654321987", null);

    JsonObject problem = problem(response, 404);
    assertThat(problem.getString("type")).isEqualTo("about:blank");
    assertThat(problem.getString("instance")).isEqualTo("/api/v1/members/987654321987");
    assertThat(problem.containsKey("errors")).isFalse();
  }

  @Test
  void unknownAddressIsNotFound() throws Exception {
    problem(send("GET", "api/v1/nothing-here", null), 404);
  }

  @Test
  void unsupportedMethodIsNotAllowedAndSaysWhichAre() throws Exception {
    JsonObject member = add("Dee Lete", "dee." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response = send("DELETE", MEMBERS + "/" + member.getInt("id"), null);

    problem(response, 405);
    assertThat(response.headers().firstValue("Allow"))
        .hasValueSatisfying(v -> assertThat(v).contains("PATCH").contains("GET"));
  }

  // Editing

  @Test
  void editWithoutIfMatchIsRefusedWith428() throws Exception {
    JsonObject member = add("Ifor Match", "ifor." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response =
        patch(member.getInt("id"), null, "{\"name\": \"Ifor Changed\"}");

    JsonObject problem = problem(response, 428);
    assertThat(problem.getString("type"))
        .isEqualTo("https://roster.app/problems/if-match-required");
    assertThat(json(send("GET", MEMBERS + "/" + member.getInt("id"), null)).getString("name"))
        .isEqualTo("Ifor Match");
  }

  @Test
  void editWithStaleIfMatchIsRefusedWith412() throws Exception {
    JsonObject member = add("Stella Stale", "stella." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response =
        patch(member.getInt("id"), "\"9999\"", "{\"name\": \"Stella Changed\"}");

    JsonObject problem = problem(response, 412);
    assertThat(problem.getString("type")).isEqualTo("https://roster.app/problems/stale-version");
  }

  @Test
  void ifMatchWithoutQuotesIsABadRequest() throws Exception {
    JsonObject member = add("Quincy Quote", "quincy." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response =
        patch(member.getInt("id"), String.valueOf(member.getInt("version")), "{}");

    assertThat(problem(response, 400).getString("detail")).contains("If-Match");
  }

  @Test
  void ifMatchStarEditsWhateverVersionIsCurrent() throws Exception {
    JsonObject member = add("Stan Star", "stan." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response = patch(member.getInt("id"), "*", "{\"name\": \"Stan Starr\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("name")).isEqualTo("Stan Starr");
  }

  @Test
  void editWithCurrentETagChangesOnlyTheFieldsSent() throws Exception {
    Phone phone = Phone.random();
    JsonObject added =
        json(
            send(
                "POST",
                MEMBERS,
                validMember()
                    .add("name", "Ed Itor")
                    .add("email", "ed.itor." + RUN + "@roster.test")
                    .add("phone", phone.international())
                    .add("dateOfBirth", "1985-01-31")
                    .add("externalId", "ed-" + RUN)
                    .build()
                    .toString()));
    int id = added.getInt("id");
    String etag = "\"" + added.getInt("version") + "\"";

    HttpResponse<String> response =
        patch(id, etag, "{\"name\": \"Ed Itor-Smith\", \"phone\": null, \"dateOfBirth\": null}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject edited = json(response);
    assertThat(edited.getString("name")).isEqualTo("Ed Itor-Smith");
    assertThat(edited.isNull("phone")).isTrue();
    assertThat(edited.isNull("dateOfBirth")).isTrue();
    assertThat(edited.getString("email")).isEqualTo("ed.itor." + RUN + "@roster.test");
    assertThat(edited.getString("externalId")).isEqualTo("ed-" + RUN);
    assertThat(edited.getString("role")).isEqualTo("Agent");
    assertThat(edited.getInt("version")).isGreaterThan(added.getInt("version"));
    assertThat(response.headers().firstValue("ETag"))
        .hasValue("\"" + edited.getInt("version") + "\"")
        .isNotEqualTo(etag);
    assertThat(Instant.parse(edited.getString("updatedAt")))
        .isAfterOrEqualTo(Instant.parse(added.getString("updatedAt")));

    problem(patch(id, etag, "{\"name\": \"Lost Update\"}"), 412);
  }

  @Test
  void editSentAsJsonMergePatchIsApplied() throws Exception {
    JsonObject member = add("Mia Merge", "mia." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(MEMBERS + "/" + member.getInt("id")))
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", "\"" + member.getInt("version") + "\"")
                .method(
                    "PATCH", body("{\"role\": \"Agent\", \"externalId\": \"mia-" + RUN + "\"}")),
            owner);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getString("role")).isEqualTo("Agent");
    assertThat(json(response).getString("type")).isEqualTo("team");
    assertThat(json(response).getString("externalId")).isEqualTo("mia-" + RUN);
  }

  @Test
  void clearingARequiredFieldIsAFieldError() throws Exception {
    JsonObject member = add("Rita Required", "rita." + RUN + "@roster.test", "Customer");

    HttpResponse<String> response =
        patch(member.getInt("id"), "\"" + member.getInt("version") + "\"", "{\"email\": null}");

    assertThat(fieldsOf(problem(response, 400))).containsExactly("email");
  }

  @Test
  void editOfAnUnknownMemberIsNotFound() throws Exception {
    problem(patch(987654321987L, "\"1\"", "{\"name\": \"Nobody\"}"), 404);
  }

  // Listing and searching

  @Test
  void searchFindsAPartOfTheEmail() throws Exception {
    String piece = "mailpart" + RUN;
    JsonObject member = add("Ema Il", "ema." + piece + "@roster.test", "Customer");

    JsonObject page = list("q=" + piece);

    assertThat(ids(page)).containsExactly(member.getInt("id"));
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(ids(list("q=ema." + piece.substring(0, 8)))).contains(member.getInt("id"));
  }

  @Test
  void searchFindsTheStartOfANameWord() throws Exception {
    String word = "Namestart" + RUN;
    JsonObject member = add("Wanda " + word + " Lee", "wanda." + RUN + "@roster.test", "Agent");

    assertThat(ids(list("q=" + word.substring(0, 12).toLowerCase(Locale.ROOT))))
        .containsExactly(member.getInt("id"));
    assertThat(ids(list("q=wanda+" + word.substring(0, 12)))).containsExactly(member.getInt("id"));
  }

  @Test
  void searchFindsPartsOfCjkAndApostropheNames() throws Exception {
    JsonObject yamada = add("山田太郎", "yamada." + RUN + "@roster.test", "Customer");
    JsonObject obrien = add("Mary O'Brien", "obrien." + RUN + "@roster.test", "Customer");

    assertThat(ids(list("q=" + encode("太郎") + "&size=200"))).contains(yamada.getInt("id"));
    assertThat(ids(list("q=obrien&size=200"))).contains(obrien.getInt("id"));
    assertThat(ids(list("q=" + encode("O'Brien") + "&size=200"))).contains(obrien.getInt("id"));
  }

  @Test
  void nameAndEmailThatTheDatabaseFoldsAlikeAreSavedAndFound() throws Exception {
    String word = "Groß" + RUN;
    JsonObject member = add("Jörg " + word, "joerg.gross" + RUN + "@firma.example", "Customer");

    assertThat(ids(list("q=" + encode(word)))).containsExactly(member.getInt("id"));
    assertThat(ids(list("q=gross" + RUN))).containsExactly(member.getInt("id"));
  }

  @Test
  void searchFindsPhoneDigits() throws Exception {
    Phone phone = Phone.random();
    JsonObject member =
        json(
            send(
                "POST",
                MEMBERS,
                validMember()
                    .add("email", "phoebe." + RUN + "@roster.test")
                    .add("phone", phone.typedNationally())
                    .build()
                    .toString()));

    assertThat(ids(list("q=" + phone.nationalDigits()))).containsExactly(member.getInt("id"));
    assertThat(ids(list("q=" + encode(phone.international()))))
        .containsExactly(member.getInt("id"));
    assertThat(ids(list("q=" + encode(phone.typedNationally().substring(0, 9)) + "&size=200")))
        .contains(member.getInt("id"));
  }

  @Test
  void typeAndRoleFiltersNarrowTheList() throws Exception {
    String word = "Filter" + RUN;
    JsonObject customer = add("Cora " + word, "cora." + RUN + "@roster.test", "Customer");
    JsonObject agent = add("Otto " + word, "otto." + RUN + "@roster.test", "Agent");

    assertThat(ids(list("q=" + word + "&type=customer"))).containsExactly(customer.getInt("id"));
    assertThat(ids(list("q=" + word + "&type=team"))).containsExactly(agent.getInt("id"));
    assertThat(ids(list("q=" + word + "&role=Agent"))).containsExactly(agent.getInt("id"));
    assertThat(ids(list("q=" + word + "&role=customer"))).containsExactly(customer.getInt("id"));
    assertThat(list("q=" + word + "&role=Admin").getInt("total")).isZero();
  }

  @Test
  void pagesShowTheirSliceAndTheTotalOfAllMatches() throws Exception {
    String word = "Paging" + RUN;
    int alpha = add("Alpha " + word, "alpha." + RUN + "@roster.test", "Customer").getInt("id");
    int bravo = add("Bravo " + word, "bravo." + RUN + "@roster.test", "Customer").getInt("id");
    int charlie =
        add("Charlie " + word, "charlie." + RUN + "@roster.test", "Customer").getInt("id");

    JsonObject first = list("q=" + word + "&size=2&page=0&sort=name");
    JsonObject second = list("q=" + word + "&size=2&page=1&sort=name");

    assertThat(ids(first)).containsExactly(alpha, bravo);
    assertThat(first.getInt("total")).isEqualTo(3);
    assertThat(ids(second)).containsExactly(charlie);
    assertThat(second.getInt("total")).isEqualTo(3);
    assertThat(ids(list("q=" + word + "&sort=-name"))).containsExactly(charlie, bravo, alpha);
    assertThat(ids(list("q=" + word + "&sort=-createdAt"))).containsExactly(charlie, bravo, alpha);
    assertThat(ids(list("q=" + word + "&size=2&page=5"))).isEmpty();
  }

  @Test
  void deepPagesFromBookmarksShowTheSameRowsAsOneLongPage() throws Exception {
    for (int i = 0; i < 9; i++) {
      add(
          "Deep " + i + " " + RUN,
          "deep" + i + "." + RUN + "@roster.test",
          i % 3 == 0 ? "Agent" : "Customer");
    }
    for (String filter :
        List.of("sort=name", "sort=-name", "sort=createdAt", "sort=-createdAt&type=customer")) {
      JsonObject whole = list(filter + "&size=200&page=0");
      List<Integer> expected = ids(whole).stream().limit(60).toList();
      List<Integer> paged = new java.util.ArrayList<>();
      for (int page = 0; paged.size() < expected.size(); page++) {
        JsonObject slice = list(filter + "&size=3&page=" + page);
        assertThat(slice.getInt("total")).as(filter).isEqualTo(whole.getInt("total"));
        assertThat(ids(slice)).as(filter + " page " + page).isNotEmpty();
        paged.addAll(ids(slice));
      }
      assertThat(paged.subList(0, expected.size())).as(filter).isEqualTo(expected);
    }
  }

  @Test
  void unknownSortIsRefused() throws Exception {
    assertThat(fieldsOf(problem(send("GET", MEMBERS + "?sort=password", null), 400)))
        .containsExactly("sort");
  }

  @Test
  void badPagingParametersAreRefused() throws Exception {
    assertThat(fieldsOf(problem(send("GET", MEMBERS + "?size=201", null), 400)))
        .containsExactly("size");
    assertThat(fieldsOf(problem(send("GET", MEMBERS + "?page=-1", null), 400)))
        .containsExactly("page");
    assertThat(fieldsOf(problem(send("GET", MEMBERS + "?page=first&size=ten", null), 400)))
        .containsExactlyInAnyOrder("page", "size");
    assertThat(fieldsOf(problem(send("GET", MEMBERS + "?type=staff", null), 400)))
        .containsExactly("type");
    assertThat(fieldsOf(problem(send("GET", MEMBERS + "?role=Wizard", null), 400)))
        .containsExactly("role");
  }

  @Test
  void pageSizeDefaultsTo25() throws Exception {
    for (int i = 0; i < 26; i++) {
      add("Many " + i, "many" + i + "." + RUN + "@roster.test", "Customer");
    }

    JsonObject page = list("");

    assertThat(page.getJsonArray("items")).hasSize(25);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(26);
  }

  // Customers

  @Test
  void customerAccountIsForbiddenEverywhere() throws Exception {
    String email = "cust.forbidden." + RUN + "@roster.test";
    int id = add("Cus Tomer", email, "Customer").getInt("id");
    String password = "customer-password-" + RUN;
    TestDatabase.givePassword(email, password);
    String customer = email + ":" + password;

    assertForbidden(send("GET", MEMBERS, null, customer));
    assertForbidden(send("GET", MEMBERS + "/" + id, null, customer));
    assertForbidden(
        send(
            "POST",
            MEMBERS,
            member("Sneaky", "sneaky." + RUN + "@roster.test", "Owner"),
            customer));
    assertForbidden(
        send(
            HttpRequest.newBuilder(uri(MEMBERS + "/" + id))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .method("PATCH", body("{\"role\": \"Owner\"}")),
            customer));
  }

  @Test
  void agentCannotGrantOrEditRolesAboveTheirOwn() throws Exception {
    String email = "agent.limits." + RUN + "@roster.test";
    add("Agnes Agent", email, "Agent");
    String password = "agent-password-" + RUN;
    TestDatabase.givePassword(email, password);
    String agent = email + ":" + password;
    JsonObject anOwner = list("role=Owner&size=1").getJsonArray("items").getJsonObject(0);

    HttpResponse<String> customerAdded =
        send("POST", MEMBERS, member("Cleo", "cleo." + RUN + "@roster.test", "Customer"), agent);
    HttpResponse<String> ownerAdded =
        send("POST", MEMBERS, member("Oscar", "oscar." + RUN + "@roster.test", "Owner"), agent);
    HttpResponse<String> ownerEdited =
        send(
            HttpRequest.newBuilder(uri(MEMBERS + "/" + anOwner.getInt("id")))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + anOwner.getInt("version") + "\"")
                .method("PATCH", body("{\"name\": \"Taken Over\"}")),
            agent);

    assertThat(customerAdded.statusCode()).isEqualTo(201);
    assertForbidden(ownerAdded);
    assertForbidden(ownerEdited);
  }

  @Test
  void ownerAddsAdminsAndOwnersAndEditsTheirOwnProfile() throws Exception {
    HttpResponse<String> admin =
        send("POST", MEMBERS, member("Ada Admin", "ada.admin." + RUN + "@roster.test", "Admin"));
    HttpResponse<String> owner =
        send("POST", MEMBERS, member("Otto Owner", "otto.owner." + RUN + "@roster.test", "Owner"));
    JsonObject added = json(owner);
    HttpResponse<String> renamed =
        patch(added.getInt("id"), "\"" + added.getInt("version") + "\"", "{\"name\": \"Otto O.\"}");

    assertThat(admin.statusCode()).isEqualTo(201);
    assertThat(json(admin).getString("type")).isEqualTo("team");
    assertThat(owner.statusCode()).isEqualTo(201);
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(json(renamed).getString("name")).isEqualTo("Otto O.");
  }

  @Test
  void agentCannotChangeRolesOrTheSignInEmailOfSomeoneWhoCanSignIn() throws Exception {
    String agent = agentWithPassword("agent.access." + RUN + "@roster.test");
    String peerEmail = "peer.agent." + RUN + "@roster.test";
    JsonObject peer = add("Pia Peer", peerEmail, "Agent");
    TestDatabase.givePassword(peerEmail, "peer-password-" + RUN);
    JsonObject customer = add("Carl Customer", "carl." + RUN + "@roster.test", "Customer");
    String peerTag = "\"" + peer.getInt("version") + "\"";

    HttpResponse<String> emailTaken =
        send(
            HttpRequest.newBuilder(uri(MEMBERS + "/" + peer.getInt("id")))
                .header("Content-Type", "application/json")
                .header("If-Match", peerTag)
                .method("PATCH", body("{\"email\": \"hijack." + RUN + "@attacker.test\"}")),
            agent);
    HttpResponse<String> promoted =
        send(
            HttpRequest.newBuilder(uri(MEMBERS + "/" + customer.getInt("id")))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + customer.getInt("version") + "\"")
                .method("PATCH", body("{\"role\": \"Agent\"}")),
            agent);
    HttpResponse<String> phoneChanged =
        send(
            HttpRequest.newBuilder(uri(MEMBERS + "/" + peer.getInt("id")))
                .header("Content-Type", "application/json")
                .header("If-Match", peerTag)
                .method("PATCH", body("{\"name\": \"Pia P. Peer\"}")),
            agent);

    assertThat(fieldsOf(problem(emailTaken, 403))).containsExactly("email");
    assertThat(fieldsOf(problem(promoted, 403))).containsExactly("role");
    assertThat(phoneChanged.statusCode()).isEqualTo(200);
  }

  @Test
  void aRoleChangeCountsAtOnceForThatMembersApiCalls() throws Exception {
    String email = "demoted." + RUN + "@roster.test";
    String agent = agentWithPassword(email);
    assertThat(send("GET", MEMBERS + "?size=1", null, agent).statusCode()).isEqualTo(200);
    JsonObject me = list("q=" + encode(email)).getJsonArray("items").getJsonObject(0);

    HttpResponse<String> demoted =
        patch(me.getInt("id"), "\"" + me.getInt("version") + "\"", "{\"role\": \"Customer\"}");

    assertThat(demoted.statusCode()).isEqualTo(200);
    assertForbidden(send("GET", MEMBERS + "?size=1", null, agent));
  }

  @Test
  void spacesAroundAnEmailAreTrimmedAndNamesMustShowSomething() throws Exception {
    String email = "spaced." + RUN + "@roster.test";
    HttpResponse<String> spaced =
        send("POST", MEMBERS, member("Sam Spaced", "  " + email + " ", "Customer"));
    HttpResponse<String> invisible =
        send("POST", MEMBERS, member("\u200b\u200b", "inv." + RUN + "@roster.test", "Customer"));
    HttpResponse<String> control =
        send("POST", MEMBERS, member("Bell\u0007", "bell." + RUN + "@roster.test", "Customer"));
    HttpResponse<String> ancient =
        send("POST", MEMBERS, validMember().add("dateOfBirth", "1582-10-10").build().toString());

    assertThat(spaced.statusCode()).isEqualTo(201);
    assertThat(json(spaced).getString("email")).isEqualTo(email);
    assertThat(fieldsOf(problem(invisible, 400))).containsExactly("name");
    assertThat(fieldsOf(problem(control, 400))).containsExactly("name");
    assertThat(fieldsOf(problem(ancient, 400))).containsExactly("dateOfBirth");
  }

  @Test
  void aSaveThatChangesNothingKeepsTheVersion() throws Exception {
    JsonObject added = add("Nora Nochange", "nochange." + RUN + "@roster.test", "Customer");
    String tag = "\"" + added.getInt("version") + "\"";

    HttpResponse<String> same = patch(added.getInt("id"), tag, "{\"name\": \"Nora Nochange\"}");

    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(same.headers().firstValue("ETag")).hasValue(tag);
  }

  private String agentWithPassword(String email) throws Exception {
    add("Agent " + randomLetters(5), email, "Agent");
    String password = "agent-password-" + RUN;
    TestDatabase.givePassword(email, password);
    return email + ":" + password;
  }

  private static void assertForbidden(HttpResponse<String> response) {
    JsonObject problem = problem(response, 403);
    assertThat(problem.getString("detail")).isNotBlank();
  }

  // Helpers

  private JsonObject add(String name, String email, String role) throws Exception {
    HttpResponse<String> response = send("POST", MEMBERS, member(name, email, role));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  private static String member(String name, String email, String role) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("email", email)
        .add("role", role)
        .build()
        .toString();
  }

  private static JsonObjectBuilder validMember() {
    return Json.createObjectBuilder()
        .add("name", "Val Id")
        .add("email", "val." + randomLetters(10) + "@roster.test")
        .add("role", "Agent");
  }

  private void assertSingleFieldError(JsonObjectBuilder body, String field) throws Exception {
    HttpResponse<String> response = send("POST", MEMBERS, body.build().toString());

    JsonObject problem = problem(response, 400);
    assertThat(fieldsOf(problem)).containsExactly(field);
  }

  private JsonObject list(String query) throws Exception {
    HttpResponse<String> response = send("GET", MEMBERS + "?" + query, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = json(response);
    assertThat(page.keySet()).containsExactlyInAnyOrder("items", "total");
    return page;
  }

  private static List<Integer> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getInt("id"))
        .toList();
  }

  private HttpResponse<String> patch(long id, String ifMatch, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(MEMBERS + "/" + id))
            .header("Content-Type", "application/json")
            .method("PATCH", body(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request, owner);
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    return send(method, path, json, owner);
  }

  private HttpResponse<String> send(String method, String path, String json, String credentials)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : body(json));
    return send(request, credentials);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String credentials)
      throws Exception {
    request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The problem+json body of a response with this status, checked for the RFC 9457 basics. */
  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM_JSON));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("instance")).isEqualTo(response.uri().getRawPath());
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return problem;
  }

  private static List<String> fieldsOf(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.isNull("field") ? null : error.getString("field"))
        .toList();
  }

  private static String randomLetters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return letters.toString();
  }

  /** A valid United States number nobody in the test database has yet (with high odds). */
  private record Phone(String area, String exchange, String line) {

    static Phone random() throws Exception {
      PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
      while (true) {
        Phone phone =
            new Phone(
                List.of("202", "212", "312", "415", "617").get(RANDOM.nextInt(5)),
                String.valueOf(200 + RANDOM.nextInt(800)),
                String.format("%04d", RANDOM.nextInt(10_000)));
        if (phones.isValidNumber(phones.parse(phone.international(), "ZZ"))) {
          return phone;
        }
      }
    }

    String typedNationally() {
      return "(" + area + ") " + exchange + "-" + line;
    }

    String international() {
      return "+1 " + area + "-" + exchange + "-" + line;
    }

    String nationalDigits() {
      return area + exchange + line;
    }
  }
}
