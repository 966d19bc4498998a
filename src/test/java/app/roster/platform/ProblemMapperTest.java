package app.roster.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private static final String PATH = "/api/v1/members/7";

  @Test
  void conflictFromAnEjbKeepsItsStatusAndField() {
    Conflict taken = new Conflict("member.email.taken", new FieldError("email", "Taken."));

    Problem problem = problemFor(new EJBException(taken));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.type()).isEqualTo(Problem.CONFLICT);
    assertThat(problem.detail()).isEqualTo("Taken.");
    assertThat(problem.errors()).containsExactly(new FieldError("email", "Taken."));
    assertThat(problem.instance()).isEqualTo(PATH);
  }

  @Test
  void refusalWithoutFieldsReadsItsMessageFromTheBundle() {
    Problem problem = problemFor(new NotFound("member.notFound"));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.type()).isEqualTo(Problem.ABOUT_BLANK);
    assertThat(problem.title()).isEqualTo("Not Found");
    assertThat(problem.detail()).isEqualTo(Messages.get("member.notFound"));
    assertThat(problem.errors()).isNull();
  }

  @Test
  void invalidInputAlwaysListsItsFieldsAndFillsInTheMessage() {
    Problem malformed = problemFor(new InvalidInput("api.body.malformed", List.of(), 3L, 14L));

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.type()).isEqualTo(Problem.VALIDATION);
    assertThat(malformed.detail()).contains("line 3, column 14");
    assertThat(malformed.errors()).isEmpty();
  }

  @Test
  void missingIfMatchIs428() {
    Problem problem = problemFor(new PreconditionRequired("api.ifMatch.required"));

    assertThat(problem.status()).isEqualTo(428);
    assertThat(problem.type()).isEqualTo(Problem.IF_MATCH_REQUIRED);
    assertThat(problem.detail()).contains("If-Match");
  }

  @Test
  void callerWithoutThePermissionIsForbidden() {
    for (Exception denied :
        List.of(
            new AccessLocalException("Client not authorized"),
            new EJBAccessException("Client not authorized"))) {
      Problem problem = problemFor(denied);

      assertThat(problem.status()).isEqualTo(403);
      assertThat(problem.type()).isEqualTo(Problem.ABOUT_BLANK);
      assertThat(problem.detail()).isEqualTo(Messages.get("error.forbidden"));
    }
  }

  @Test
  void lostRaceFoundDeepInTheCausesIsStale() {
    var rolledBack =
        new EJBTransactionRolledbackException(
            "commit failed", new PersistenceException(new OptimisticLockException("row moved")));

    Problem problem = problemFor(rolledBack);

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.type()).isEqualTo(Problem.STALE_VERSION);
  }

  @Test
  void unexpectedFailureIs500AndShowsNothingOfItsInsides() {
    var failure = new EJBException(new IllegalStateException("table member_secret is gone"));

    Problem problem = problemFor(failure);

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.type()).isEqualTo(Problem.ABOUT_BLANK);
    assertThat(problem.detail()).isEqualTo(Messages.get("api.problem.500"));
    assertThat(problem.toString()).doesNotContain("member_secret", "IllegalState");
  }

  @Test
  void emptyEjbWrapperIsItselfTheFailure() {
    EJBException bare = new EJBException("no cause");

    assertThat(ProblemMapper.unwrap(bare)).isSameAs(bare);
  }

  private static Problem problemFor(Throwable thrown) {
    return ProblemMapper.problemFor(ProblemMapper.unwrap(thrown), PATH);
  }
}
