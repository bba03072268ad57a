package io.tradewatch.gateway.filter;

import java.util.UUID;

import org.springframework.web.server.ServerWebExchange;

/** The request id of an exchange (from a well-formed {@code X-Request-Id}, or generated) and its original path. */
public final class RequestIds {

    /** The header carrying the id from the client, to every downstream service and back. */
    public static final String HEADER = "X-Request-Id";

    static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    static final String PATH_ATTRIBUTE = RequestIds.class.getName() + ".path";

    private static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    /** The id of this exchange, or {@code "unknown"} before {@link RequestIdFilter} ran. */
    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return (id != null) ? id : "unknown";
    }

    /** The path the client asked for, even after the gateway forwarded the exchange elsewhere (a fallback). */
    public static String originalPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(PATH_ATTRIBUTE);
        return (path != null) ? path : exchange.getRequest().getPath().value();
    }

    /** The client's id when it is 1-128 characters of letters, digits and {@code -_.:}; otherwise a new UUID. */
    static String acceptOrGenerate(String candidate) {
        if (candidate != null && !candidate.isEmpty() && candidate.length() <= MAX_LENGTH && wellFormed(candidate)) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }

    private static boolean wellFormed(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == ':';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
