package app.roster.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers invalid input found by Bean Validation with Roster's problem and its per-field errors. It
 * exists beside {@link ProblemMapper} because the JAX-RS runtime brings a mapper of its own for
 * validation failures, and only a mapper for this exact type is sure to win over it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    Problem problem = ProblemMapper.problemFor(invalid, ProblemMapper.instance(uri));
    return ProblemMapper.respond(problem).build();
  }
}
