package io.tradewatch.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DatabindException;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers every error of a service's controllers as {@code application/problem+json}: bean validation
 * and {@link InvalidFieldsException} list each field, malformed or oversized bodies say so, and an
 * unexpected failure is logged with its cause while the client gets a 500 without internals. Every problem
 * carries a {@code type} (a URI per kind of problem, see {@link ProblemTypes}), a {@code title}, a
 * {@code detail} and, when the request came through the gateway, its {@code requestId}.
 */
@ControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    /** The header with which the gateway passes each request's id to the services (and back to the client). */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(@Nullable Object body, @Nullable HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem) {
            complete(problem, status, exchange);
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleUnsupportedMediaTypeStatusException(
            UnsupportedMediaTypeStatusException ex, HttpHeaders headers, HttpStatusCode status,
            ServerWebExchange exchange) {
        MediaType sent = ex.getContentType();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Content type '"
                + ((sent != null) ? sent.toString() : "none") + "' is not supported; send Content-Type: "
                + MediaType.APPLICATION_JSON_VALUE);
        problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        return handleExceptionInternal(ex, problem, headers, status, exchange);
    }

    /** Guarantees {@code type}, {@code title} and {@code detail}, and adds the gateway's request id. */
    static void complete(ProblemDetail problem, HttpStatusCode status, ServerWebExchange exchange) {
        if (problem.getType() == null || ProblemTypes.BLANK.equals(problem.getType())) {
            problem.setType(ProblemTypes.of(status));
        }
        if (problem.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setTitle((known != null) ? known.getReasonPhrase() : "HTTP " + status.value());
        }
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle());
        }
        String requestId = exchange.getRequest().getHeaders().getFirst(REQUEST_ID_HEADER);
        boolean hasOne = problem.getProperties() != null && problem.getProperties().containsKey("requestId");
        if (!hasOne && requestId != null && !requestId.isBlank()) {
            problem.setProperty("requestId", requestId);
        }
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
        }
        ex.getGlobalErrors()
            .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return handleExceptionInternal(ex, InvalidFieldsException.problem(problems), headers, HttpStatus.BAD_REQUEST,
                exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Throwable cause = ex.getCause();
        if (cause instanceof DecodingException decoding && decoding.getCause() instanceof DatabindException databind) {
            String field = databind.getPathReference();
            FieldProblem problem = new FieldProblem(fieldName(field), "unreadable value: " + databind.getOriginalMessage());
            return handleExceptionInternal(ex, InvalidFieldsException.problem(List.of(problem)), headers,
                    HttpStatus.BAD_REQUEST, exchange);
        }
        if (cause instanceof DecodingException || cause instanceof DataBufferLimitException) {
            return handleExceptionInternal(ex, bodyProblem(cause), headers, HttpStatus.BAD_REQUEST, exchange);
        }
        return super.handleServerWebInputException(ex, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (ex instanceof ContentTooLargeException) {
            // Spring Framework 7 answers a body over spring.codec.max-in-memory-size with 413; the suite's
            // API documents it as a 400 problem naming the body, like any other unreadable body.
            Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
            return handleExceptionInternal(ex, bodyProblem(new DataBufferLimitException(String.valueOf(cause.getMessage()))),
                    headers, HttpStatus.BAD_REQUEST, exchange);
        }
        return super.handleResponseStatusException(ex, headers, status, exchange);
    }

    @ExceptionHandler(DataBufferLimitException.class)
    Mono<ResponseEntity<Object>> handleOversizedBody(DataBufferLimitException ex, ServerWebExchange exchange) {
        return handleExceptionInternal(ex, bodyProblem(ex), new HttpHeaders(), HttpStatus.BAD_REQUEST, exchange);
    }

    @ExceptionHandler(RuntimeException.class)
    Mono<ResponseEntity<Object>> handleUnexpected(RuntimeException ex, ServerWebExchange exchange) {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            // The client went away (closed its connection or reset it): there is nobody to answer, and it is
            // not a failure of this service, so it is neither logged as an error nor counted as one.
            log.debug("Client disconnected before {} {} was answered: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex.toString());
            return Mono.empty();
        }
        log.error("Unexpected failure answering {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed to answer; the failure is logged and counted. Retry later, and report it with the"
                        + " X-Request-Id if it persists.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, exchange);
    }

    private static ProblemDetail bodyProblem(Throwable cause) {
        String detail = (cause instanceof DataBufferLimitException)
                ? "The request body is larger than this service accepts: " + cause.getMessage()
                : "The request body is not valid JSON: " + rootMessage(cause);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(InvalidFieldsException.TYPE);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem("body", detail)));
        return problem;
    }

    private static String fieldName(String pathReference) {
        // Jackson's path reference looks like "io.tradewatch.X[\"quantity\"]"; keep the JSON path only
        int start = pathReference.indexOf('[');
        String path = (start >= 0) ? pathReference.substring(start) : pathReference;
        return path.replace("[\"", ".").replace("\"]", "").replaceFirst("^\\.", "");
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return (newline > 0) ? message.substring(0, newline) : message;
    }
}
