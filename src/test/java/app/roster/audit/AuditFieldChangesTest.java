package app.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditFieldChangesTest {

  private static Map<String, String> facts(String... pairs) {
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      facts.put(pairs[i], pairs[i + 1]);
    }
    return facts;
  }

  @Test
  void onlyTheFieldsThatChangedAreRecordedWithBeforeAndAfter() {
    FieldChanges changes =
        FieldChanges.between(
            facts("name", "Ana", "email", "ana@x.test", "role", "Agent"),
            facts("name", "Ana Lopez", "email", "ana@x.test", "role", "Admin"));

    assertThat(changes.fields()).containsExactly("name", "role");
    assertThat(changes.before("name")).isEqualTo("Ana");
    assertThat(changes.after("name")).isEqualTo("Ana Lopez");
    assertThat(changes.before("role")).isEqualTo("Agent");
    assertThat(changes.after("role")).isEqualTo("Admin");
  }

  @Test
  void aFieldThatWasOrBecameEmptyShowsNull() {
    FieldChanges changes =
        FieldChanges.between(
            facts("phone", null, "externalId", "crm-1"),
            facts("phone", "+14155550100", "externalId", null));

    assertThat(changes.toJson().toString())
        .isEqualTo(
            "{\"changes\":{\"phone\":{\"before\":null,\"after\":\"+14155550100\"},"
                + "\"externalId\":{\"before\":\"crm-1\",\"after\":null}}}");
  }

  @Test
  void aSaveThatChangesNothingHasNoChanges() {
    Map<String, String> same = facts("name", "Ana", "dateOfBirth", "1990-01-02");

    assertThat(FieldChanges.between(same, new LinkedHashMap<>(same)).isEmpty()).isTrue();
  }

  @Test
  void secretsAreNeverRecorded() {
    FieldChanges changes =
        FieldChanges.between(
            facts("name", "Ana", "password", "old-secret", "tokenHash", "aa"),
            facts("name", "Ana", "password", "new-secret", "tokenHash", "bb"));

    assertThat(changes.isEmpty()).isTrue();
    assertThat(FieldChanges.facts(facts("name", "Ana", "password", "pw")).toString())
        .isEqualTo("{\"name\":\"Ana\"}");
  }

  @Test
  void theTableShowsChangesOnOneLine() {
    FieldChanges changes =
        FieldChanges.between(
            facts("name", "Ana", "phone", null), facts("name", "Ana L", "phone", "+1"));

    assertThat(DetailsText.of(changes.toJson())).isEqualTo("name: Ana → Ana L; phone: — → +1");
  }
}
