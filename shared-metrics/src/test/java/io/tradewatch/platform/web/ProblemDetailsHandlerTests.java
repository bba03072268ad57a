package io.tradewatch.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

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

    @Test
    void everyProblemCarriesATypeTitleDetailAndTheGatewaysRequestId() {
        MockServerWebExchange viaGateway = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/orders/42").header("X-Request-Id", "req-123"));

        ProblemDetail problem = problemOf(handler.handleException(new ResponseStatusException(HttpStatus.NOT_FOUND),
                viaGateway).block());

        assertThat(problem.getType()).hasToString("https://tradewatch.io/problems/not-found");
        assertThat(problem.getTitle()).isEqualTo("Not Found");
        assertThat(problem.getDetail()).isEqualTo("Not Found");
        assertThat(problem.getProperties()).containsEntry("requestId", "req-123");
    }

    @Test
    void aProblemWithATypeOfItsOwnKeepsItAndWithoutTheHeaderHasNoRequestId() {
        ProblemDetail own = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Symbol X is not served here");
        own.setType(java.net.URI.create("https://tradewatch.io/problems/unknown-symbol"));

        ProblemDetail problem = problemOf(handler.handleException(
                new org.springframework.web.ErrorResponseException(HttpStatus.NOT_FOUND, own, null), exchange).block());

        assertThat(problem.getType()).hasToString("https://tradewatch.io/problems/unknown-symbol");
        assertThat(problem.getDetail()).isEqualTo("Symbol X is not served here");
        assertThat(problem.getProperties()).satisfiesAnyOf(properties -> assertThat(properties).isNull(),
                properties -> assertThat(properties).doesNotContainKey("requestId"));
    }

    @Test
    void anUnsupportedContentTypeSaysToSendJson() {
        ProblemDetail problem = problemOf(handler.handleException(new UnsupportedMediaTypeStatusException(
                MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)), exchange).block());

        assertThat(problem.getStatus()).isEqualTo(415);
        assertThat(problem.getType()).hasToString("https://tradewatch.io/problems/unsupported-media-type");
        assertThat(problem.getDetail())
            .isEqualTo("Content type 'text/plain' is not supported; send Content-Type: application/json");
    }

    @Test
    void anUnexpectedFailureIsTypedToo() {
        ProblemDetail problem = problemOf(handler.handleUnexpected(new IllegalStateException("bug"), exchange).block());

        assertThat(problem.getType()).hasToString("https://tradewatch.io/problems/internal-error");
        assertThat(problem.getTitle()).isEqualTo("Internal Server Error");
    }

    private static ProblemDetail problemOf(ResponseEntity<Object> answer) {
        assertThat(answer).isNotNull();
        assertThat(answer.getBody()).isInstanceOf(ProblemDetail.class);
        return (ProblemDetail) answer.getBody();
    }
}
