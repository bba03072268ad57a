package io.tradewatch.gateway.api;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.filter.ProblemResponses;
import io.tradewatch.gateway.filter.RequestIds;
import io.tradewatch.platform.web.ProblemDetailsHandler;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * The suite's problem-details handler (which then backs off), adding the request id to every problem
 * Spring renders, as the gateway's own problem answers carry it, and closing the connection when the
 * request's body may be unread.
 */
@ControllerAdvice
class GatewayProblemDetailsHandler extends ProblemDetailsHandler {

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem) {
            problem.setProperty("requestId", RequestIds.of(exchange));
        }
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        ProblemResponses.closeIfBodyUnread(exchange.getRequest().getHeaders(), answerHeaders);
        return super.createResponseEntity(body, answerHeaders, status, exchange);
    }
}
