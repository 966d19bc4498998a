package app.roster.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * (d) The API under 8 concurrent clients, each signed in with HTTP Basic on every request as a real
 * client is: GET by id, list and search, and POST of new members. The server's heap after a full GC
 * is read before and after (jcmd), when the harness knows the server's process. The requests are
 * {@link ApiRequests}', shared with the soak (s).
 */
final class ApiLoadScenario implements Scenario {

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
    ApiRequests requests = ApiRequests.prepare(h);
    int clients = h.options.clients();
    Duration each = h.scaled(Duration.ofSeconds(20));
    List<Row> rows = new ArrayList<>();
    String heapBefore = Heap.afterGc(h.options.serverPid());

    Stats byId = h.concurrent(clients, each, requests::byId);
    rows.add(
        Row.of(
            id(),
            "GET /api/v1/members/{id}",
            byId,
            ">= 3000 req/s",
            byId.errors() == 0 && byId.perSecond() >= 3000));

    Stats list = h.concurrent(clients, each, requests::listOrSearch);
    rows.add(
        Row.of(
            id(),
            "GET /api/v1/members?q= (list and searches)",
            list,
            ">= 500 req/s",
            list.errors() == 0 && list.perSecond() >= 500));

    Stats post = h.concurrent(clients, each, requests::post);
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
