package app.roster.members;

import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a member into the words the search box matches, and a query into the word prefixes to look
 * for. The same folding runs on both sides, so "jose" finds "José" and "obrien" finds "O'Brien".
 * Names written without spaces (Chinese, Japanese, Korean, Thai) are indexed by every suffix of the
 * run, so any part of them is a prefix of some token: "太郎" finds "山田太郎".
 */
public final class SearchTerms {

  /** Tokens longer than this are cut; the column holds 191 characters. */
  static final int MAX_TOKEN = 64;

  private static final int MAX_SUFFIXES = 24;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final char KATAKANA_SMALL_A = '\u30a1';
  private static final char KATAKANA_SMALL_KE = '\u30f6';
  private static final int KATAKANA_TO_HIRAGANA = 0x60;
  private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[._+\\-]+");

  private SearchTerms() {}

  /** The tokens stored for a member in member_search_token. */
  public static Set<String> tokensFor(String name, String emailNorm, String phoneE164) {
    Set<String> tokens = new LinkedHashSet<>();
    addNameTokens(tokens, name);
    addEmailTokens(tokens, emailNorm);
    addPhoneTokens(tokens, phoneE164);
    return tokens;
  }

  /**
   * The prefixes a query asks for, one per word; a member matches when it has a token starting with
   * each of them. An empty list means "no search".
   */
  public static List<String> queryPrefixes(String query) {
    List<String> prefixes = new ArrayList<>();
    if (query == null || query.isBlank()) {
      return prefixes;
    }
    String trimmed = query.strip();
    if (isPhoneLike(trimmed)) {
      // "+1 (202) 555-0143" is one number, not four words.
      prefixes.add(cut(digits(trimmed)));
      return prefixes;
    }
    for (String part : trimmed.split("\\s+")) {
      String word;
      if (part.contains("@")) {
        word = emailPrefix(part);
      } else if (looksLikeEmailPrefix(part)) {
        // "ana.lo" is the start of an email; "St." is a word with a full stop.
        word = stripTrailingDots(part.toLowerCase(Locale.ROOT));
      } else if (isPhoneLike(part)) {
        word = digits(part);
      } else {
        word = WORD_BREAK.matcher(fold(part)).replaceAll("");
      }
      if (!word.isEmpty()) {
        prefixes.add(cut(word));
      }
    }
    return prefixes;
  }

  private static void addNameTokens(Set<String> tokens, String name) {
    if (name == null) {
      return;
    }
    for (String chunk : fold(name).split("\\s+")) {
      String[] words = WORD_BREAK.split(chunk);
      for (String word : words) {
        addWord(tokens, word);
      }
      // "O'Brien" is also found as "obrien", "Jean-Luc" as "jeanluc", wherever they stand.
      String joined = WORD_BREAK.matcher(chunk).replaceAll("");
      if (!joined.isEmpty() && !joined.equals(chunk) && !isUnspaced(joined)) {
        tokens.add(cut(joined));
      }
    }
  }

  private static void addWord(Set<String> tokens, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (isUnspaced(word)) {
      int start = 0;
      for (int n = 0; n < MAX_SUFFIXES && start < word.length(); n++) {
        tokens.add(cut(word.substring(start)));
        start = word.offsetByCodePoints(start, 1);
      }
    } else {
      tokens.add(cut(word));
    }
  }

  /**
   * The whole address, the pieces of its local part ("ana", "lopez") and the local part without
   * separators ("analopez"), the domain, and an internationalised domain as people write it
   * ("bucher.example" besides "xn--bcher-kva.example"). Folded like names, so that "José" finds
   * josé@example.com and tokens that a database collation would call equal never differ.
   */
  private static void addEmailTokens(Set<String> tokens, String emailNorm) {
    if (emailNorm == null) {
      return;
    }
    int at = emailNorm.lastIndexOf('@');
    String local = fold(emailNorm.substring(0, Math.max(at, 0)));
    String domain = emailNorm.substring(at + 1);
    tokens.add(cut(local + "@" + domain));
    for (String piece : EMAIL_SEPARATORS.split(local)) {
      if (!piece.isEmpty()) {
        tokens.add(cut(piece));
      }
    }
    String joined = EMAIL_SEPARATORS.matcher(local).replaceAll("");
    if (!joined.isEmpty()) {
      tokens.add(cut(joined));
    }
    tokens.add(cut(domain));
    String readable = fold(unicodeDomain(domain));
    if (!readable.equals(domain)) {
      tokens.add(cut(readable));
    }
  }

  private static void addPhoneTokens(Set<String> tokens, String e164) {
    if (e164 == null) {
      return;
    }
    tokens.add(digits(e164));
    String national = Contacts.nationalDigits(e164);
    if (!national.isEmpty()) {
      tokens.add(national);
    }
  }

  /**
   * Lower case, accents removed, compatibility forms unified (full-width letters and so on), "ß" as
   * "ss", "œ" as "oe" and katakana as hiragana. The last three are what MySQL's and MariaDB's
   * default collations treat as equal: folded here, "Groß" and "gross@..." give one token instead
   * of two that the token table's primary key would call duplicates.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return toHiragana(folded.replace("ß", "ss").replace("œ", "oe"));
  }

  private static String toHiragana(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean hasHiragana = c >= KATAKANA_SMALL_A && c <= KATAKANA_SMALL_KE;
      result.append(hasHiragana ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
    }
    return result.toString();
  }

  /** The start of an email as the tokens hold it: local part folded, domain in ASCII. */
  private static String emailPrefix(String part) {
    int at = part.lastIndexOf('@');
    String local = fold(part.substring(0, at));
    String domain = part.substring(at + 1);
    if (local.isEmpty()) {
      // "@example.com": everyone at that domain.
      return domain.toLowerCase(Locale.ROOT);
    }
    if (!domain.chars().allMatch(c -> c < 128)) {
      try {
        domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        // Not a domain (yet): look for it as typed.
      }
    }
    return local + "@" + domain.toLowerCase(Locale.ROOT);
  }

  private static String unicodeDomain(String asciiDomain) {
    try {
      return IDN.toUnicode(asciiDomain, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return asciiDomain;
    }
  }

  private static String stripTrailingDots(String word) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == '.') {
      end--;
    }
    return word.substring(0, end);
  }

  private static boolean isUnspaced(String word) {
    int first = word.codePointAt(0);
    Character.UnicodeScript script = Character.UnicodeScript.of(first);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }

  private static boolean looksLikeEmailPrefix(String part) {
    return part.contains(".") && !isPhoneLike(part) && part.codePoints().allMatch(c -> c < 128);
  }

  private static boolean isPhoneLike(String part) {
    String digits = digits(part);
    return digits.length() >= 3 && part.matches("[+()\\d\\s.\\-]+");
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }

  private static String cut(String token) {
    if (token.length() <= MAX_TOKEN) {
      return token;
    }
    int end = MAX_TOKEN;
    if (Character.isHighSurrogate(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(0, end);
  }
}
