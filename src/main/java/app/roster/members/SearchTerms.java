package app.roster.members;

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
    for (String part : query.strip().split("\\s+")) {
      String word = fold(part);
      if (part.contains("@") || looksLikeEmailPrefix(part)) {
        word = part.toLowerCase(Locale.ROOT);
      } else if (isPhoneLike(part)) {
        word = digits(part);
      } else {
        word = WORD_BREAK.matcher(word).replaceAll("");
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
    String folded = fold(name);
    String[] words = WORD_BREAK.split(folded);
    for (String word : words) {
      addWord(tokens, word);
    }
    // "O'Brien" is also found as "obrien", "Jean-Luc" as "jeanluc".
    String joined = WORD_BREAK.matcher(folded).replaceAll("");
    if (words.length > 1 && !joined.isEmpty() && !isUnspaced(joined)) {
      tokens.add(cut(joined));
    }
  }

  private static void addWord(Set<String> tokens, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (isUnspaced(word)) {
      for (int i = 0; i < word.length() && i < MAX_SUFFIXES; i = word.offsetByCodePoints(i, 1)) {
        tokens.add(cut(word.substring(i)));
      }
    } else {
      tokens.add(cut(word));
    }
  }

  private static void addEmailTokens(Set<String> tokens, String emailNorm) {
    if (emailNorm == null) {
      return;
    }
    tokens.add(cut(emailNorm));
    int at = emailNorm.indexOf('@');
    String local = emailNorm.substring(0, Math.max(at, 0));
    String domain = emailNorm.substring(at + 1);
    for (String piece : local.split("[._+\\-]+")) {
      if (!piece.isEmpty()) {
        tokens.add(cut(piece));
      }
    }
    tokens.add(cut(domain));
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

  /** Lower case, accents removed, compatibility forms unified (full-width letters and so on). */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
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
