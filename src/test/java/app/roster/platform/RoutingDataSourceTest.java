package app.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutingDataSourceTest {

  @Test
  void mysqlUrlsAskForMultiRowInsertsUnlessTheOperatorSaidOtherwise() {
    assertEquals(
        "jdbc:mysql://db:3306/roster?rewriteBatchedStatements=true",
        RoutingDataSource.withBatchedInserts("jdbc:mysql://db:3306/roster"));
    assertEquals(
        "jdbc:mysql://db/roster?useUnicode=true&rewriteBatchedStatements=true",
        RoutingDataSource.withBatchedInserts("jdbc:mysql://db/roster?useUnicode=true"));
    assertEquals(
        "jdbc:mysql://db/roster?rewriteBatchedStatements=false",
        RoutingDataSource.withBatchedInserts(
            "jdbc:mysql://db/roster?rewriteBatchedStatements=false"));
  }
}
