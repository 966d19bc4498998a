package app.roster.invitations;

import app.roster.members.Contacts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The addresses an admin hands to a bulk invite: pasted with any separators (new lines, commas,
 * semicolons, spaces) or uploaded as a one-column CSV. Each person counts once: an address given
 * twice, in any case, is kept the first time only. Whether an address is valid is decided later, by
 * the same rules as a single invitation.
 */
public final class BulkAddresses {

  /** The most addresses one bulk invite takes. */
  public static final int MAX = 10_000;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

  private BulkAddresses() {}

  /** The distinct addresses in pasted text, in the order given. */
  public static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return distinct(List.of(SEPARATORS.split(text.strip())));
  }

  /**
   * The distinct addresses in the first column of a CSV file; a first row that says "email" (or
   * similar) is a header and skipped. Cells may still hold several addresses, as pasted text does.
   */
  public static List<String> parseCsv(Reader csv) {
    List<String> cells = new ArrayList<>();
    try {
      for (CSVRecord record : CSVFormat.DEFAULT.builder().get().parse(csv)) {
        String cell = record.size() == 0 ? "" : record.get(0);
        if (record.getRecordNumber() == 1 && !cell.contains("@")) {
          continue;
        }
        cells.addAll(List.of(SEPARATORS.split(cell.strip())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return distinct(cells);
  }

  private static List<String> distinct(List<String> tokens) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String token : tokens) {
      String address = unwrap(token);
      if (!address.isEmpty()) {
        byKey.putIfAbsent(key(address), address);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** "<ana@example.com>" and "\"ana@example.com\"" as the address alone. */
  private static String unwrap(String token) {
    String address = token.strip();
    while (address.length() >= 2
        && ((address.startsWith("<") && address.endsWith(">"))
            || (address.startsWith("\"") && address.endsWith("\""))
            || (address.startsWith("'") && address.endsWith("'")))) {
      address = address.substring(1, address.length() - 1).strip();
    }
    return address;
  }

  /** The form two mentions of one person share: the normalised email, else the lower case. */
  private static String key(String address) {
    return Contacts.isNormalizableEmail(address)
        ? Contacts.normalizeEmail(address)
        : address.toLowerCase(Locale.ROOT);
  }
}
