package app.roster.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The API requests the load scenarios send as the harness's Owner, one of a kind per call: GET by
 * id over members of the workspace's first pages, the list and searches, POST of a new member, a
 * label filter of (c), an access check with (g)'s inline condition, and {@link #mixed()} drawing
 * from all of them as a busy API client would. Safe to call from several client loops at once.
 */
final class ApiRequests {

  private static final String[] SEARCHES = {"smi", "ana", "gar", "太郎", "jo", "lee", "mar"};

  private final Harness h;
  private final long[] ids;

  private ApiRequests(Harness h, long[] ids) {
    this.h = h;
    this.ids = ids;
  }

  /** Reads the ids of the first 1,000 members of the list (five pages of 200) to ask for. */
  static ApiRequests prepare(Harness h) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      JsonArray items = h.getJson("/api/v1/members?size=200&page=" + page).getJsonArray("items");
      items.forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("No members to ask for");
    }
    return new ApiRequests(h, ids.stream().mapToLong(Long::longValue).toArray());
  }

  HttpRequest byId() {
    return h.get("/api/v1/members/" + anyId());
  }

  /** The first page of the list, or of a search, 25 rows with the total. */
  HttpRequest listOrSearch() {
    int pick = ThreadLocalRandom.current().nextInt(SEARCHES.length + 1);
    return pick == SEARCHES.length
        ? h.get("/api/v1/members?size=25")
        : h.get("/api/v1/members?size=25&q=" + Harness.enc(SEARCHES[pick]));
  }

  /** A new customer with an email unique in the run (its tag and a serial number). */
  HttpRequest post() {
    long n = h.nextSerial();
    String body =
        Json.createObjectBuilder()
            .add("name", "Posted Member " + n)
            .add("email", "posted." + h.runTag + "." + n + "@post.bench")
            .add("role", "Customer")
            .build()
            .toString();
    return h.request("/api/v1/members")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The first page of one of (c)'s label filters. */
  HttpRequest labelFilter() {
    List<LabelFilterScenario.LabelFilter> filters = LabelFilterScenario.FILTERS;
    return h.get(
        "/api/v1/members?size=25&"
            + filters.get(ThreadLocalRandom.current().nextInt(filters.size())).query());
  }

  /** (g)'s inline condition checked for one of the members. */
  HttpRequest accessCheck() {
    return accessCheck(h, "expression", AccessCheckScenario.INLINE_CONDITION, anyId());
  }

  /**
   * POST /api/v1/access/check for a member, with a named rule ({@code "rule"}) or an inline
   * condition ({@code "expression"}).
   */
  static HttpRequest accessCheck(Harness h, String key, String value, long member) {
    String body =
        Json.createObjectBuilder().add(key, value).add("memberId", member).build().toString();
    return h.request("/api/v1/access/check")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /**
   * One request of a mix read-heavy like the console's and integrations' traffic: half GET by id,
   * 30% list and searches, 10% label filters, 5% new members and 5% access checks.
   */
  HttpRequest mixed() {
    int pick = ThreadLocalRandom.current().nextInt(100);
    if (pick < 50) {
      return byId();
    }
    if (pick < 80) {
      return listOrSearch();
    }
    if (pick < 90) {
      return labelFilter();
    }
    return pick < 95 ? post() : accessCheck();
  }

  private long anyId() {
    return ids[ThreadLocalRandom.current().nextInt(ids.length)];
  }
}
