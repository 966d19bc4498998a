package app.roster.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules declared on MemberDraft that are Roster's own: printable names, plausible births. */
class MemberDraftRulesTest {

  private static final Pattern NAME = Pattern.compile(MemberDraft.PRINTABLE_NAME);
  private final BornAfter1900.Validator born = new BornAfter1900.Validator();

  @Test
  void namesInAnyScriptWithPunctuationArePrintable() {
    assertThat(NAME.matcher("山田太郎").matches()).isTrue();
    assertThat(NAME.matcher("O'Brien & Sons").matches()).isTrue();
    assertThat(NAME.matcher("José Álvarez-Núñez").matches()).isTrue();
    assertThat(NAME.matcher("محمد بن سلمان").matches()).isTrue();
    assertThat(NAME.matcher("⭐ Star Corp").matches()).isTrue();
  }

  @Test
  void namesThatHideOrShowNothingAreRefused() {
    assertThat(NAME.matcher("\u200b\u200b").matches()).as("zero-width only").isFalse();
    assertThat(NAME.matcher("Bell\u0007").matches()).as("control character").isFalse();
    assertThat(NAME.matcher("two\nlines").matches()).as("line break").isFalse();
    assertThat(NAME.matcher("abc\u202Efdp.exe").matches()).as("direction override").isFalse();
    assertThat(NAME.matcher("...").matches()).as("punctuation only").isFalse();
  }

  @Test
  void birthDatesStartIn1900() {
    assertThat(born.isValid(null, null)).isTrue();
    assertThat(born.isValid(LocalDate.of(1900, 1, 1), null)).isTrue();
    assertThat(born.isValid(LocalDate.of(1899, 12, 31), null)).isFalse();
    assertThat(born.isValid(LocalDate.of(1582, 10, 10), null)).isFalse();
  }
}
