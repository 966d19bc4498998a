package app.roster.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberPatchTest {

  @Test
  void onlyTheFieldsPresentChange() {
    MemberDraft draft = apply("{\"name\": \"Ana María López\"}", ana());

    assertThat(draft.getName()).isEqualTo("Ana María López");
    assertThat(draft.getEmail()).isEqualTo("ana@example.com");
    assertThat(draft.getPhone()).isEqualTo("+1 202-555-0143");
    assertThat(draft.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 4, 23));
    assertThat(draft.getRole()).isEqualTo("Agent");
    assertThat(draft.getExternalId()).isEqualTo("crm-1");
  }

  @Test
  void nullClearsAField() {
    MemberDraft draft =
        apply("{\"phone\": null, \"dateOfBirth\": null, \"externalId\": null}", ana());

    assertThat(draft.getPhone()).isNull();
    assertThat(draft.getDateOfBirth()).isNull();
    assertThat(draft.getExternalId()).isNull();
    assertThat(draft.getName()).isEqualTo("Ana Lopez");
  }

  @Test
  void aNewMemberIsAPatchOfAnEmptyDraft() {
    MemberDraft draft =
        apply(
            "{\"name\": \"山田太郎\", \"email\": \"taro@example.jp\", \"role\": \"Customer\","
                + " \"dateOfBirth\": \"1988-02-29\"}",
            new MemberDraft());

    assertThat(draft.getName()).isEqualTo("山田太郎");
    assertThat(draft.getDateOfBirth()).isEqualTo(LocalDate.of(1988, 2, 29));
    assertThat(draft.getPhone()).isNull();
  }

  @Test
  void fieldsRosterKeepsItselfAreIgnored() {
    MemberDraft draft =
        apply(
            "{\"id\": 9, \"type\": \"customer\", \"version\": 4, \"createdAt\": \"x\","
                + " \"updatedAt\": null, \"name\": \"Ana L\"}",
            ana());

    assertThat(draft.getName()).isEqualTo("Ana L");
    assertThat(draft.getRole()).isEqualTo("Agent");
  }

  @Test
  void everyBadFieldIsNamed() {
    assertThatThrownBy(
            () ->
                apply(
                    "{\"name\": 5, \"dateOfBirth\": \"23/04/1990\", \"nickname\": \"Ani\","
                        + " \"phone\": [\"+1\"]}",
                    ana()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("name", "dateOfBirth", "nickname", "phone"));
  }

  @Test
  void impossibleDateIsRefused() {
    assertThatThrownBy(() -> apply("{\"dateOfBirth\": \"1990-02-30\"}", ana()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("dateOfBirth"));
  }

  @Test
  void malformedJsonSaysWhere() {
    assertThatThrownBy(() -> apply("{\"name\": \"Ana\",\n  \"email\" }", ana()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("api.body.malformed");
              assertThat(e.messageArgs()).hasSize(2).startsWith(2L);
            });
  }

  @Test
  void bodyThatIsNotAnObjectIsRefused() {
    for (String body : new String[] {"[]", "\"Ana\"", "null", ""}) {
      assertThatThrownBy(() -> apply(body, ana())).isInstanceOf(InvalidInput.class);
    }
  }

  private static MemberDraft apply(String json, MemberDraft draft) {
    return MemberPatch.apply(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), draft);
  }

  private static MemberDraft ana() {
    MemberDraft draft = new MemberDraft();
    draft.setName("Ana Lopez");
    draft.setEmail("ana@example.com");
    draft.setPhone("+1 202-555-0143");
    draft.setDateOfBirth(LocalDate.of(1990, 4, 23));
    draft.setRole("Agent");
    draft.setExternalId("crm-1");
    return draft;
  }
}
