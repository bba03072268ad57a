package io.tradewatch.orders.api;

import java.util.List;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;

/**
 * Answers an order body larger than {@code spring.http.codecs.max-in-memory-size} with 400 naming the body, as
 * the API promises. Spring Framework 7 raises {@link ContentTooLargeException} (413) for it, which the starter's
 * problem handler passes through unchanged.
 */
@RestControllerAdvice(assignableTypes = OrderController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedBodyAdvice {

    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> oversized(ContentTooLargeException ex) {
        InvalidFieldsException invalid = new InvalidFieldsException(List.of(new FieldProblem("body",
                "is larger than this service accepts (" + ex.getReason() + ")")));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(invalid.getBody());
    }
}
