package io.tradewatch.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsHandlerTests {

    private final ProblemDetailsHandler handler = new ProblemDetailsHandler();

    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/market/quotes/BTCUSDT"));

    @Test
    void aClientThatWentAwayIsNotAnsweredNorTreatedAsAFailure() {
        RuntimeException reset = new UncheckedIOException(new IOException("Connection reset by peer"));

        assertThat(handler.handleUnexpected(reset, exchange).blockOptional()).isEmpty();
    }

    @Test
    void anyOtherUnexpectedFailureIsA500Problem() {
        ResponseEntity<Object> answer = handler.handleUnexpected(new IllegalStateException("bug"), exchange).block();

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody()).isInstanceOfSatisfying(ProblemDetail.class,
                problem -> assertThat(problem.getDetail()).contains("X-Request-Id"));
    }
}
