package app.roster.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void apostrophesAndAmpersandsSplitWordsAndAreAlsoJoined() {
    Set<String> tokens = SearchTerms.tokensFor("O'Brien & Sons", null, null);

    assertThat(tokens).contains("o", "brien", "obrien", "sons").doesNotContain("&", "");
  }

  @Test
  void apostropheNameIsFoundJoinedWhereverItStands() {
    Set<String> tokens = SearchTerms.tokensFor("Mary O'Brien", null, null);

    assertThat(tokens).contains("mary", "o", "brien", "obrien");
    assertThat(matches(tokens, "O'Brien")).isTrue();
    assertThat(matches(tokens, "obri")).isTrue();
  }

  @Test
  void accentsAreFoldedOnBothSides() {
    Set<String> tokens = SearchTerms.tokensFor("José Núñez", null, null);

    assertThat(tokens).contains("jose", "nunez");
    assertThat(SearchTerms.queryPrefixes("JOSÉ")).containsExactly("jose");
    assertThat(matches(tokens, "jose nun")).isTrue();
    assertThat(matches(tokens, "José")).isTrue();
  }

  @Test
  void namesWithoutSpacesAreIndexedByEverySuffix() {
    Set<String> tokens = SearchTerms.tokensFor("山田太郎", null, null);

    assertThat(tokens).contains("山田太郎", "田太郎", "太郎", "郎");
    assertThat(matches(tokens, "太郎")).isTrue();
    assertThat(matches(tokens, "山田")).isTrue();
    assertThat(matches(tokens, "田中")).isFalse();
  }

  @Test
  void suffixesCountCharactersNotUtf16Units() {
    String name = "𠮷".repeat(30);

    Set<String> tokens = SearchTerms.tokensFor(name, null, null);

    assertThat(tokens).hasSize(24).contains("𠮷".repeat(30), "𠮷".repeat(7));
  }

  @Test
  void sharpSAndLigaturesFoldAsTheDatabaseComparesThem() {
    Set<String> tokens = SearchTerms.tokensFor("Jörg Groß Cœur", "joerg.gross@firma.de", null);

    assertThat(tokens).contains("gross", "coeur").doesNotContain("groß", "cœur");
    assertThat(matches(tokens, "Groß")).isTrue();
    assertThat(matches(tokens, "GROSS")).isTrue();
    assertThat(matches(tokens, "coeur")).isTrue();
  }

  @Test
  void katakanaAndHiraganaFindEachOther() {
    Set<String> tokens = SearchTerms.tokensFor("タロウ", null, null);

    assertThat(tokens).contains("たろう").doesNotContain("タロウ");
    assertThat(matches(tokens, "たろう")).isTrue();
    assertThat(matches(tokens, "ﾀﾛｳ")).isTrue();
    assertThat(matches(tokens, "ロウ")).isTrue();
  }

  @Test
  void rightToLeftNamesAreWords() {
    Set<String> tokens = SearchTerms.tokensFor("ليلى عبد الله", null, null);

    assertThat(tokens).contains("ليلى", "عبد", "الله");
    assertThat(matches(tokens, "عبد")).isTrue();
  }

  @Test
  void emailIsFoundByItsStartItsPiecesAndItsDomain() {
    Set<String> tokens = SearchTerms.tokensFor(null, "ana.lopez@example.com", null);

    assertThat(tokens).contains("ana.lopez@example.com", "ana", "lopez", "analopez", "example.com");
    assertThat(matches(tokens, "ana.lo")).isTrue();
    assertThat(matches(tokens, "Ana.Lopez@Example")).isTrue();
    assertThat(matches(tokens, "lopez")).isTrue();
    assertThat(matches(tokens, "ana-lopez")).isTrue();
    assertThat(matches(tokens, "example.com")).isTrue();
    assertThat(matches(tokens, "@example.com")).isTrue();
    assertThat(matches(tokens, "lopez@example")).isFalse();
  }

  @Test
  void internationalisedDomainIsFoundAsTypedOrInAscii() {
    Set<String> tokens = SearchTerms.tokensFor(null, "user@xn--bcher-kva.example", null);

    assertThat(matches(tokens, "user@bücher.example")).isTrue();
    assertThat(matches(tokens, "USER@xn--bcher")).isTrue();
    assertThat(matches(tokens, "bücher")).isTrue();
  }

  @Test
  void nonAsciiLocalPartIsFoldedLikeNames() {
    Set<String> tokens = SearchTerms.tokensFor("Jose", "josé@example.com", null);

    assertThat(tokens).contains("jose", "jose@example.com").doesNotContain("josé");
    assertThat(matches(tokens, "josé@ex")).isTrue();
  }

  @Test
  void phoneIsFoundByItsDigitsWithOrWithoutCountryCode() {
    Set<String> tokens = SearchTerms.tokensFor(null, null, "+12025550143");

    assertThat(tokens).contains("12025550143", "2025550143");
    assertThat(matches(tokens, "202-555")).isTrue();
    assertThat(matches(tokens, "(202) 555-0143")).isTrue();
    assertThat(matches(tokens, "+1 202 555 0143")).isTrue();
    assertThat(matches(tokens, "+1 (202) 555")).isTrue();
    assertThat(matches(tokens, "203 555")).isFalse();
  }

  @Test
  void queryWordsBecomePrefixes() {
    assertThat(SearchTerms.queryPrefixes("O'Brien & Sons")).containsExactly("obrien", "sons");
    assertThat(SearchTerms.queryPrefixes("  Ana   LOPEZ ")).containsExactly("ana", "lopez");
    assertThat(SearchTerms.queryPrefixes("Ana.Lo")).containsExactly("ana.lo");
    assertThat(SearchTerms.queryPrefixes("ana@EXAMPLE")).containsExactly("ana@example");
    assertThat(SearchTerms.queryPrefixes("+1 (202) 555-0143")).containsExactly("12025550143");
    assertThat(SearchTerms.queryPrefixes("(202) 555")).containsExactly("202555");
    assertThat(SearchTerms.queryPrefixes("山田")).containsExactly("山田");
    assertThat(SearchTerms.queryPrefixes("ＡＮＡ")).containsExactly("ana");
  }

  @Test
  void wordWithAFullStopIsStillAWord() {
    Set<String> tokens = SearchTerms.tokensFor("Mary St. John", null, null);

    assertThat(SearchTerms.queryPrefixes("St.")).containsExactly("st");
    assertThat(matches(tokens, "St. John")).isTrue();
  }

  @Test
  void emptyQueryMeansNoSearch() {
    assertThat(SearchTerms.queryPrefixes(null)).isEmpty();
    assertThat(SearchTerms.queryPrefixes("   ")).isEmpty();
    assertThat(SearchTerms.queryPrefixes("& -")).isEmpty();
  }

  @Test
  void longTokensAreCutWithoutSplittingACharacter() {
    String name = "a".repeat(63) + "𠮷" + "b";

    Set<String> tokens = SearchTerms.tokensFor(name, null, null);

    assertThat(tokens).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(64));
    assertThat(tokens).containsExactly("a".repeat(63));
  }

  /** Whether a member with these tokens matches the query, as the member list decides it. */
  private static boolean matches(Set<String> tokens, String query) {
    List<String> prefixes = SearchTerms.queryPrefixes(query);
    return !prefixes.isEmpty()
        && prefixes.stream().allMatch(p -> tokens.stream().anyMatch(t -> t.startsWith(p)));
  }
}
