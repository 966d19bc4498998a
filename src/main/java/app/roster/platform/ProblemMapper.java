package app.roster.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a problem+json answer (see {@link Problem}): refusals of
 * the services with their status and fields, constraint violations field by field, access denied as
 * 403, lost races as 412, the JAX-RS runtime's own answers (404, 405, 415, ...) with their status
 * and headers, and anything unexpected as a 500 that says nothing about the insides (the exception
 * goes to the log instead). Failures from EJBs are unwrapped first.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uri;

  @Context Request request;

  @Override
  public Response toResponse(Throwable thrown) {
    String instance = instance(uri);
    Throwable failure = unwrap(thrown);
    if (failure instanceof WebApplicationException web) {
      if (web.getResponse().getStatus() >= 500) {
        logUnexpected(thrown, instance);
      }
      return fromRuntime(web.getResponse(), instance);
    }
    Problem problem = problemFor(failure, instance);
    if (problem.status() == 500) {
      logUnexpected(thrown, instance);
    }
    Response.ResponseBuilder answer = respond(problem);
    if (failure instanceof TooManyRequests limited) {
      answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
    }
    return answer.build();
  }

  /** The problem that tells a client about this (unwrapped) failure. */
  static Problem problemFor(Throwable failure, String instance) {
    if (failure instanceof RosterException refusal) {
      return problem(
          refusal.status(), refusal.title(), detailOf(refusal), refusal.errors(), instance);
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return problem(
          400,
          "Invalid input",
          Messages.get("api.problem.validation"),
          errorsOf(invalid),
          instance);
    }
    if (isAccessDenied(failure)) {
      return problem(403, "Forbidden", Messages.get("error.forbidden"), List.of(), instance);
    }
    if (causedByLostRace(failure)) {
      return problem(412, "Precondition Failed", Messages.get("error.stale"), List.of(), instance);
    }
    if (causedBy(failure, JsonException.class, JsonbException.class)) {
      return problem(400, "Invalid input", Messages.get("api.problem.body"), List.of(), instance);
    }
    if (causedBy(failure, SQLException.class)) {
      return problem(
          503, "Service Unavailable", Messages.get("api.problem.503"), List.of(), instance);
    }
    return problem(
        500, "Internal Server Error", Messages.get("api.problem.500"), List.of(), instance);
  }

  /** The problem+json answer carrying this problem. */
  static Response.ResponseBuilder respond(Problem problem) {
    Response.ResponseBuilder answer =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    return problem.status() == 503 ? answer.header("Retry-After", "30") : answer;
  }

  /** The request's path, which names this occurrence of the problem. */
  static String instance(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** The failure an EJB reported, without the container's wrapping. */
  static Throwable unwrap(Throwable thrown) {
    Throwable failure = thrown;
    while (failure instanceof EJBException wrapper && !isAccessDenied(failure)) {
      Throwable cause =
          wrapper.getCausedByException() != null
              ? wrapper.getCausedByException()
              : wrapper.getCause();
      if (cause == null) {
        break;
      }
      failure = cause;
    }
    return failure;
  }

  /** A caller without the permission a service method asks for (local EJB calls say it so). */
  private static boolean isAccessDenied(Throwable failure) {
    return failure instanceof EJBAccessException || failure instanceof AccessLocalException;
  }

  @SafeVarargs
  private static boolean causedBy(Throwable failure, Class<? extends Throwable>... types) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean causedByLostRace(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** A single field's message says it best; otherwise the refusal's own text. */
  private static String detailOf(RosterException refusal) {
    if (refusal.errors().size() == 1) {
      return refusal.errors().get(0).message();
    }
    return Messages.get(refusal.messageKey(), refusal.messageArgs());
  }

  private static List<FieldError> errorsOf(ConstraintViolationException invalid) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    return errors;
  }

  /** "add.draft.email" is the field "email": the last node of the path names it. */
  private static String fieldOf(Path path) {
    String field = null;
    for (Path.Node node : path) {
      field = node.getName();
    }
    return field;
  }

  /** A status the JAX-RS runtime chose (no such path, method or media type), as a problem. */
  private static Response fromRuntime(Response original, String instance) {
    int status = original.getStatus();
    String key = "api.problem." + status;
    String detail = Messages.get(key);
    Problem problem =
        problem(
            status,
            original.getStatusInfo().getReasonPhrase(),
            detail.equals(key) ? null : detail,
            List.of(),
            instance);
    Response.ResponseBuilder answer = respond(problem);
    for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
      if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
          && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
        header.getValue().forEach(value -> answer.header(header.getKey(), value));
      }
    }
    return answer.build();
  }

  private static Problem problem(
      int status, String title, String detail, List<FieldError> errors, String instance) {
    List<FieldError> fields =
        Problem.listsFields(status) || !errors.isEmpty() ? List.copyOf(errors) : null;
    return new Problem(Problem.typeFor(status), title, status, detail, instance, fields);
  }

  private void logUnexpected(Throwable thrown, String instance) {
    String method = request == null ? "?" : request.getMethod();
    LOG.log(Level.SEVERE, "API call " + method + " " + instance + " failed unexpectedly", thrown);
  }
}
