package app.roster.bench;

import jakarta.json.JsonArray;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (d) The API under 8 concurrent clients, each signed in with HTTP Basic on every request as a real
 * client is: GET by id, list and search, and POST of new members. The server's heap after a full GC
 * is read before and after (jcmd), when the harness knows the server's process.
 */
final class ApiLoadScenario implements Scenario {

  private static final String[] SEARCHES = {"smi", "ana", "gar", "太郎", "jo", "lee", "mar"};

  @Override
  public String id() {
    return "d";
  }

  @Override
  public String title() {
    return "API with 8 clients";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      JsonArray items = h.getJson("/api/v1/members?size=200&page=" + page).getJsonArray("items");
      items.forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
    }
    int clients = h.options.clients();
    Duration each = h.scaled(Duration.ofSeconds(20));
    List<Row> rows = new ArrayList<>();
    String heapBefore = Heap.afterGc(h.options.serverPid());

    Stats byId =
        h.concurrent(
            clients,
            each,
            () ->
                h.get(
                    "/api/v1/members/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))));
    rows.add(
        Row.of(
            id(),
            "GET /api/v1/members/{id}",
            byId,
            ">= 3000 req/s",
            byId.errors() == 0 && byId.perSecond() >= 3000));

    Stats list =
        h.concurrent(
            clients,
            each,
            () -> {
              int pick = ThreadLocalRandom.current().nextInt(SEARCHES.length + 1);
              return pick == SEARCHES.length
                  ? h.get("/api/v1/members?size=25")
                  : h.get("/api/v1/members?size=25&q=" + Harness.enc(SEARCHES[pick]));
            });
    rows.add(
        Row.of(
            id(),
            "GET /api/v1/members?q= (list and searches)",
            list,
            ">= 500 req/s",
            list.errors() == 0 && list.perSecond() >= 500));

    AtomicLong serial = new AtomicLong();
    Stats post =
        h.concurrent(
            clients,
            each,
            () ->
                h.request("/api/v1/members")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"Posted Member "
                                + serial.incrementAndGet()
                                + "\", \"email\": \"posted."
                                + h.runTag
                                + "."
                                + serial.get()
                                + "@post.bench\", \"role\": \"Customer\"}"))
                    .build());
    rows.add(Row.of(id(), "POST /api/v1/members", post, "(no target)", null));

    String heapAfter = Heap.afterGc(h.options.serverPid());
    rows.add(
        new Row(
            id(),
            "server heap after full GC, before and after the load",
            null,
            "no growth",
            null,
            heapBefore + " -> " + heapAfter));
    return rows;
  }
}
