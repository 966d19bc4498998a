package app.roster.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  private final Conditions conditions = new Conditions();

  private static Map<String, Object> customer(List<String> labels, Long age) {
    Map<String, Object> member = new HashMap<>();
    member.put("id", 42L);
    member.put("name", "Ada Lovelace");
    member.put("email", "Ada@Example.COM");
    member.put("emailDomain", "example.com");
    member.put("phone", "+442071234567");
    member.put("role", "Customer");
    member.put("type", "customer");
    member.put("labels", labels);
    if (age != null) {
      member.put("age", age);
      member.put("dateOfBirth", "1990-05-17");
    }
    member.put("externalId", "crm-7");
    member.put("status", "active");
    member.put("createdAt", Instant.parse("2025-01-01T00:00:00Z"));
    return member;
  }

  private boolean allows(String expression, Map<String, Object> member) {
    Verdict verdict = conditions.compile(expression, "expression").test(member, NOW);
    assertThat(verdict.error()).isNull();
    return verdict.allowed();
  }

  @Test
  void typicalConditionsAnswerAsWritten() {
    Map<String, Object> vip = customer(List.of("VIP", "Enterprise"), 36L);
    Map<String, Object> plain = customer(List.of(), 36L);

    String lounge = "'VIP' in member.labels && member.type == 'customer'";
    assertThat(allows(lounge, vip)).isTrue();
    assertThat(allows(lounge, plain)).isFalse();
    assertThat(allows("member.emailDomain == 'example.com' && member.role == 'Customer'", plain))
        .isTrue();
    assertThat(allows("member.email.lowerAscii().endsWith('@example.com')", plain)).isTrue();
    assertThat(allows("member.createdAt < now - duration('24h')", plain)).isTrue();
    assertThat(allows("member.labels.exists(l, l.startsWith('Ent'))", vip)).isTrue();
    assertThat(allows("size(member.labels) == 0 && member.id == 42", plain)).isTrue();
    assertThat(allows("member.dateOfBirth < '2000-01-01'", vip)).isTrue();
  }

  @Test
  void durationAndTimestampTextsAnswerTheSameEveryTimeAndStillFailWhenWrong() {
    Map<String, Object> plain = customer(List.of(), 36L);
    Condition settled =
        conditions.compile(
            "member.createdAt > timestamp('2024-06-01T00:00:00Z')"
                + " && member.createdAt < now - duration('720h')",
            "expression");

    assertThat(settled.test(plain, NOW).allowed()).isTrue();
    assertThat(settled.test(plain, NOW).allowed()).isTrue();
    assertThat(settled.test(plain, Instant.parse("2025-01-15T00:00:00Z")).allowed()).isFalse();

    Condition wrong =
        conditions.compile("member.createdAt < now - duration('ten days')", "expression");
    for (int time = 0; time < 2; time++) {
      Verdict verdict = wrong.test(plain, NOW);
      assertThat(verdict.allowed()).isFalse();
      assertThat(verdict.error()).contains("invalid duration format");
    }
  }

  @Test
  void ageIsAbsentWithoutADateOfBirth() {
    Map<String, Object> unknown = customer(List.of(), null);

    assertThat(allows("has(member.age) && member.age >= 18", unknown)).isFalse();
    assertThat(allows("!has(member.age)", unknown)).isTrue();
    assertThat(allows("has(member.age) && member.age >= 18", customer(List.of(), 17L))).isFalse();
    assertThat(allows("has(member.age) && member.age >= 18", customer(List.of(), 18L))).isTrue();

    Verdict unguarded = conditions.compile("member.age >= 18", "expression").test(unknown, NOW);
    assertThat(unguarded.allowed()).isFalse();
    assertThat(unguarded.error()).contains("age");
  }

  @Test
  void unicodeLabelsMatchExactly() {
    Map<String, Object> member = customer(List.of("Größte Kunden", "顧客", "🌟 Star"), 30L);

    assertThat(allows("'顧客' in member.labels", member)).isTrue();
    assertThat(allows("'Größte Kunden' in member.labels", member)).isTrue();
    assertThat(allows("'🌟 Star' in member.labels && '🌟' in member.labels", member)).isFalse();
    assertThat(allows("member.labels.exists(l, l.startsWith('🌟'))", member)).isTrue();
    assertThat(allows("'grösste kunden' in member.labels", member)).isFalse();
  }

  @Test
  void syntaxErrorsAreReportedWithTheirPosition() {
    assertThatThrownBy(() -> conditions.compile("member.type == 'team' &&", "expression"))
        .isInstanceOfSatisfying(
            InvalidCondition.class,
            invalid -> {
              ConditionError first = invalid.mistakes().get(0);
              assertThat(first.line()).isEqualTo(1);
              assertThat(first.column()).isEqualTo(25);
              assertThat(invalid.errors().get(0).field()).isEqualTo("expression");
              assertThat(invalid.errors().get(0).message()).startsWith("line 1, column 25: ");
            });
  }

  @Test
  void unknownNamesAndFieldsAreReportedWhereTheyAre() {
    List<ConditionError> typo = conditions.mistakes("member.type == 'team' &&\n  membr.age > 3");
    assertThat(typo).hasSize(1);
    assertThat(typo.get(0).line()).isEqualTo(2);
    assertThat(typo.get(0).column()).isEqualTo(3);
    assertThat(typo.get(0).message()).contains("membr");

    List<ConditionError> field = conditions.mistakes("member.labelz.size() > 0");
    assertThat(field).hasSize(1);
    assertThat(field.get(0).column()).isEqualTo(7);
    assertThat(field.get(0).message()).contains("labelz");
  }

  @Test
  void typeErrorsAreRefusedBeforeAnythingRuns() {
    assertThat(conditions.mistakes("member.age == 'eighteen'")).isNotEmpty();
    assertThat(conditions.mistakes("member.labels == 'VIP'")).isNotEmpty();
    assertThat(conditions.mistakes("member.name + 1 == 'x'")).isNotEmpty();
    assertThat(conditions.mistakes("member.createdAt > '2020-01-01'")).isNotEmpty();

    List<ConditionError> notBoolean = conditions.mistakes("member.name");
    assertThat(notBoolean).hasSize(1);
    assertThat(notBoolean.get(0).describe()).isNotBlank();
  }

  @Test
  void blankAndOverlongConditionsAreRefused() {
    assertThat(conditions.mistakes("   ")).hasSize(1);

    String longer = "true" + " && true".repeat(ConditionEnvironment.MAX_LENGTH / 8 + 1);
    assertThat(conditions.mistakes(longer)).isNotEmpty();
  }

  @Test
  void evaluationCostIsBounded() {
    String tenThousandSteps =
        "[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b,"
            + " [1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, a + b + c + d > 0))))";

    Verdict verdict =
        conditions.compile(tenThousandSteps, "expression").test(customer(List.of(), 1L), NOW);

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.error()).contains("budget");
  }

  @Test
  void compiledProgramsAreCachedByText() {
    Condition first = conditions.compile("member.status == 'active'", "expression");
    Condition again = conditions.compile("member.status == 'active'", "expression");

    assertThat(again).isSameAs(first);
  }
}
