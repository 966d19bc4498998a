package app.roster.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkAddressesTest {

  @Test
  void anySeparatorSplitsAddresses() {
    String pasted =
        "ana@example.com\nbo@example.com, cy@example.com;dee@example.com  eve@example.com"
            + "\r\n\t;; ,\nfay@example.com";

    assertThat(BulkAddresses.parse(pasted))
        .containsExactly(
            "ana@example.com",
            "bo@example.com",
            "cy@example.com",
            "dee@example.com",
            "eve@example.com",
            "fay@example.com");
  }

  @Test
  void anAddressGivenTwiceInAnyCaseCountsOnceAsFirstTyped() {
    List<String> parsed =
        BulkAddresses.parse("Ana@Example.COM\nbo@example.com\nana@example.com\nANA@EXAMPLE.COM");

    assertThat(parsed).containsExactly("Ana@Example.COM", "bo@example.com");
  }

  @Test
  void invalidEntriesAreKeptOnceForTheSummary() {
    assertThat(BulkAddresses.parse("not-an-address, Not-An-Address, @example.com"))
        .containsExactly("not-an-address", "@example.com");
  }

  @Test
  void quotesAndAngleBracketsAroundAnAddressAreDropped() {
    assertThat(BulkAddresses.parse("<ana@example.com> \"bo@example.com\" 'ana@example.com'"))
        .containsExactly("ana@example.com", "bo@example.com");
  }

  @Test
  void nothingPastedIsAnEmptyList() {
    assertThat(BulkAddresses.parse(null)).isEmpty();
    assertThat(BulkAddresses.parse(" \n ,; ")).isEmpty();
  }

  @Test
  void aCsvGivesItsFirstColumnWithoutAHeader() {
    String csv =
        "Email,Name\nana@example.com,Ana\n\"bo@example.com\",\"Bo, Jr.\"\nANA@example.com,x\n";

    assertThat(BulkAddresses.parseCsv(new StringReader(csv)))
        .containsExactly("ana@example.com", "bo@example.com");
  }

  @Test
  void aCsvWithoutHeaderKeepsItsFirstRow() {
    assertThat(BulkAddresses.parseCsv(new StringReader("ana@example.com\r\nbo@example.com\r\n")))
        .containsExactly("ana@example.com", "bo@example.com");
  }

  @Test
  void tenThousandAddressesWithDuplicatesParseQuickly() {
    String pasted =
        IntStream.range(0, 12_000)
            .mapToObj(i -> "person" + (i % 10_000) + "@example.com")
            .collect(Collectors.joining(",\n"));

    long started = System.nanoTime();
    List<String> parsed = BulkAddresses.parse(pasted);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(parsed).hasSize(BulkAddresses.MAX);
    assertThat(parsed.get(9_999)).isEqualTo("person9999@example.com");
    assertThat(millis).as("parsing 12,000 addresses").isLessThan(2_000);
  }
}
