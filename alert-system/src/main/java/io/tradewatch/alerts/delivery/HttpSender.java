package io.tradewatch.alerts.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import io.tradewatch.alerts.domain.delivery.AttemptResult;
import io.tradewatch.alerts.domain.delivery.Delivery;
import io.tradewatch.alerts.domain.delivery.Signer;
import io.tradewatch.alerts.domain.delivery.TargetNotAllowedException;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;

/**
 * The webhook and Slack channels: one POST per attempt through a Reactor Netty client that resolves names
 * through the {@link GuardedResolverGroup}, never follows redirects, and gives up after the timeout. Webhook
 * bodies are signed (HMAC-SHA256 over the exact bytes sent) when a secret is configured.
 */
final class HttpSender implements ChannelSender {

    private static final int MAX_ANSWER = 300;

    private final HttpClient client;

    private final TargetPolicy policy;

    private final Payloads payloads;

    private final @Nullable Signer signer;

    private final String signatureHeader;

    private final Duration timeout;

    HttpSender(HttpClient client, TargetPolicy policy, Payloads payloads, @Nullable Signer signer, String signatureHeader,
            Duration timeout) {
        this.client = client;
        this.policy = policy;
        this.payloads = payloads;
        this.signer = signer;
        this.signatureHeader = signatureHeader;
        this.timeout = timeout;
    }

    @Override
    public AttemptResult send(Delivery delivery, int attempt) {
        URI url = delivery.target().url();
        Optional<String> refused = (url != null) ? policy.checkUrl(url) : Optional.of("no url");
        if (refused.isPresent()) {
            return new AttemptResult.Permanent(0, "target refused by the allow-list: " + refused.get());
        }
        byte[] body = payloads.render(delivery);
        try {
            AttemptResult result = post(url, body, delivery, attempt).block();
            return (result != null) ? result : new AttemptResult.Retryable(0, "no answer");
        }
        catch (RuntimeException ex) {
            return failure(ex);
        }
    }

    private Mono<AttemptResult> post(URI url, byte[] body, Delivery delivery, int attempt) {
        String signature = (signer != null && Payloads.signed(delivery.target().type())) ? signer.sign(body) : null;
        return client.headers(headers -> {
            headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
            headers.set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            headers.set("X-Tradewatch-Delivery", delivery.id());
            headers.set("X-Tradewatch-Attempt", attempt);
            if (signature != null) {
                headers.set(signatureHeader, signature);
            }
        })
            .post()
            .uri(url)
            .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
            .response((response, content) -> content.asByteArray()
                .reduce(new Answer(), Answer::append)
                .map(answer -> AttemptResult.ofStatus(response.status().code(), answer.text())))
            .next()
            .timeout(timeout);
    }

    private AttemptResult failure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TargetNotAllowedException refused) {
                return new AttemptResult.Permanent(0, "target refused by the allow-list: " + refused.getMessage());
            }
            if (cause instanceof TimeoutException) {
                return new AttemptResult.Retryable(0, "timed out after " + timeout.toMillis() + " ms");
            }
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return new AttemptResult.Retryable(0, "interrupted (the service is stopping)");
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new AttemptResult.Retryable(0, root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    /** The first bytes of an answer, kept for the dead-letter record; the rest is read and dropped. */
    private static final class Answer {

        private final StringBuilder text = new StringBuilder();

        Answer append(byte[] chunk) {
            if (text.length() < MAX_ANSWER) {
                String part = new String(chunk, StandardCharsets.UTF_8);
                text.append(part, 0, Math.min(part.length(), MAX_ANSWER - text.length()));
            }
            return this;
        }

        String text() {
            return text.toString().replaceAll("\\s+", " ").trim();
        }
    }
}
