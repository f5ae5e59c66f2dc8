package io.frontline.web.internal;

import io.frontline.kernel.ConflictException;
import io.frontline.kernel.FieldViolation;
import io.frontline.kernel.FrontlineException;
import io.frontline.kernel.InvalidInputException;
import io.frontline.kernel.NotFoundException;
import io.frontline.kernel.PayloadTooLargeException;
import io.frontline.kernel.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of an API call into an RFC 9457 problem document with a stable {@code code}; validation failures
 * carry an {@code errors} list of {@code {field, message}}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return validation(e.violations());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, e);
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this action.");
        problem.setProperty("code", "forbidden");
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The record was changed by a concurrent request; reload and retry.");
        problem.setProperty("code", "concurrent_update");
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info(
                "Rejected a write that breaks a constraint: {}",
                e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The change conflicts with existing data (for example a duplicate).");
        problem.setProperty("code", "conflict");
        return problem;
    }

    /** No database connection within the pool's timeout: the server is saturated, the request did nothing. */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> databaseBusy(Exception e) {
        log.warn("No database connection available: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The server is at capacity; nothing was changed. Retry shortly.");
        problem.setProperty("code", "overloaded");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed.");
        problem.setProperty("code", "internal_error");
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> violations.add(new FieldViolation(f.getField(), f.getDefaultMessage())));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> violations.add(new FieldViolation(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.unprocessableContent().body(validation(violations));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                new FieldViolation(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.unprocessableContent().body(validation(violations));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge));
            }
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message =
                    mismatch.getTargetType() != null && mismatch.getTargetType().isEnum()
                            ? "must be one of " + enumValues(mismatch.getTargetType())
                            : "has the wrong type";
            return ResponseEntity.unprocessableContent().body(validation(List.of(new FieldViolation(field, message))));
        }
        String detail = cause instanceof JacksonException json
                ? "The body is not valid JSON: " + json.getOriginalMessage()
                : "The request body is missing or unreadable.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Malformed request body");
        problem.setProperty("code", "malformed_body");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setProperty("code", codeFor(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error" : known.name().toLowerCase();
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    static ProblemDetail validation(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields; see 'errors'.");
        problem.setTitle("Validation failed");
        problem.setProperty("code", "validation_failed");
        problem.setProperty("errors", violations);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, FrontlineException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }
}
