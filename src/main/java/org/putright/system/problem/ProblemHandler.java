package org.putright.system.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem detail: Spring MVC's own exceptions (bad syntax,
 * unknown route, wrong method), bean validation, the modules' {@link DomainProblem}s, and
 * authentication and authorisation failures, which Spring Security hands here. Anything else is a
 * defect: it is logged with an incident id and answered with a 500 that leaks nothing.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** The package of Tomcat's multipart parser, whose exceptions all describe a malformed body. */
    private static final String UPLOAD_PARSER = "org.apache.tomcat.util.http.fileupload.";

    private final ProblemTypes types;

    ProblemHandler(ProblemTypes types) {
        this.types = types;
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(problem.kind().status()), problem.detail());
        body.setType(types.uri(problem.type()));
        body.setTitle(problem.title());
        problem.properties().forEach(body::setProperty);
        return respond(body);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException exception) {
        ProblemDetail body = problem(
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Authentication required",
                "Send a valid API token as 'Authorization: Bearer <token>'.");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"putright\"")
                .contentType(PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
        return respond(
                problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your role does not allow this action."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
        List<InvalidInput.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new InvalidInput.FieldError(
                        lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(Comparator.comparing(InvalidInput.FieldError::field))
                .toList();
        return domainProblem(new InvalidInput(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return domainProblem(
                new InvalidInput(exception.getName(), "is not a valid value: '" + exception.getValue() + "'"));
    }

    /**
     * A multipart body the container's upload parser refused (no boundary, cut short, a file name
     * it will not accept) is bad syntax: 400. Spring reads any multipart request before choosing a
     * controller, so this can reach every endpoint. A failure below the parser, such as a full
     * disk while storing a part, is ours and stays a 500; an oversized upload is 413 (handled by
     * the superclass).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException exception, HttpServletRequest request) {
        if (!refusedByUploadParser(exception)) {
            return unexpected(exception, request);
        }
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "Malformed request",
                "The multipart body could not be read: it has no boundary, ends early or names a file"
                        + " in a way that cannot be accepted."));
    }

    /**
     * Query or form parameters the container could not decode: a bad percent-escape ({@code %ZZ}),
     * bytes that are not UTF-8, more parameters than it accepts. The container names the status:
     * 400, or 413 for too many.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException exception) {
        HttpStatus status = HttpStatus.resolve(exception.getErrorCode());
        if (status == null || !status.is4xxClientError()) {
            status = HttpStatus.BAD_REQUEST;
        }
        return respond(problem(
                status,
                status == HttpStatus.BAD_REQUEST ? "malformed-request" : slug(status),
                "Malformed request",
                "The query string or form parameters could not be decoded: use UTF-8 and valid percent-escapes."));
    }

    /**
     * Two instances (or two requests) stepping on one complaint at the same moment: the second
     * waits for the first's row lock. PostgreSQL then finds the version moved on and answers
     * "changed meanwhile" from the repository; H2 gives up waiting after its lock timeout, and a
     * deadlock makes the database roll one back. Either way nothing was recorded and the caller
     * should reload and try again: a conflict, not a fault.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> lockedMeanwhile(DataAccessException exception, HttpServletRequest request) {
        log.info(
                "Refused {} {}: a concurrent change held the lock ({})",
                request.getMethod(),
                request.getRequestURI(),
                exception.getMostSpecificCause().getMessage());
        return respond(problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Changed meanwhile",
                "Someone else was changing this at the same moment, so nothing was recorded. Reload it and try"
                        + " again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        log.error(
                "Unexpected failure (incident {}) on {} {}",
                incident,
                request.getMethod(),
                request.getRequestURI(),
                exception);
        ProblemDetail body = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong",
                "Putright could not complete this request. Nothing you sent was lost; quote incident " + incident
                        + " if you report it.");
        body.setProperty("incident", incident);
        return respond(body);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(exception.getBindingResult());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(new InvalidInput.FieldError(
                        result.getMethodParameter().getParameterName() == null
                                ? "request"
                                : result.getMethodParameter().getParameterName(),
                        String.valueOf(error.getDefaultMessage())))));
        return widen(domainProblem(new InvalidInput(errors)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(respond(problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "There is nothing at /" + exception.getResourcePath() + ".")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(exception);
        String message = field == null
                ? "The request body is not valid JSON of the expected shape."
                : exception.getCause() instanceof UnrecognizedPropertyException
                        ? "is not a field of this request; check its spelling"
                        : "has the wrong type or format";
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", message);
        if (field != null) {
            body.setDetail(field + ": " + message);
            body.setProperty("errors", List.of(new InvalidInput.FieldError(field, message)));
        }
        return widen(respond(body));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(types.uri(
                    HttpStatus.resolve(statusCode.value()) == null
                            ? "http-" + statusCode.value()
                            : slug(HttpStatus.valueOf(statusCode.value()))));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private ResponseEntity<Object> validationFailed(BindingResult result) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error -> errors.add(
                        new InvalidInput.FieldError(error.getField(), String.valueOf(error.getDefaultMessage()))));
        result.getGlobalErrors()
                .forEach(error -> errors.add(
                        new InvalidInput.FieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        errors.sort(Comparator.comparing(InvalidInput.FieldError::field));
        return widen(domainProblem(new InvalidInput(errors)));
    }

    private ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(types.uri(type));
        body.setTitle(title);
        return body;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(PROBLEM_JSON).body(body);
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> widen(ResponseEntity<? extends Object> response) {
        return (ResponseEntity<Object>) response;
    }

    private static @Nullable String fieldOf(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : databind.getPath()) {
                String name = reference.getPropertyName();
                if (name != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(name);
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? null : path.toString();
        }
        return null;
    }

    /** Whether the deepest cause was raised by the container's multipart parser about the request's bytes. */
    static boolean refusedByUploadParser(MultipartException exception) {
        return rootCause(exception).getClass().getName().startsWith(UPLOAD_PARSER);
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        for (Throwable cause = root.getCause(); cause != null && cause != root; cause = cause.getCause()) {
            root = cause;
        }
        return root;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String slug(HttpStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
