package io.tradewatch.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/**
 * The {@code type} URIs of the suite's problems, one per kind; a problem raised without a type of its own
 * gets the one of its status. Listed in {@code docs/architecture.md} ("Errors").
 */
public final class ProblemTypes {

    /** The base every problem type starts with. */
    public static final String BASE = "https://tradewatch.io/problems/";

    /** RFC 9457's default, replaced on every problem the suite answers. */
    static final URI BLANK = URI.create("about:blank");

    public static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");

    public static final URI NOT_FOUND = URI.create(BASE + "not-found");

    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");

    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");

    public static final URI CONFLICT = URI.create(BASE + "conflict");

    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");

    public static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

    private ProblemTypes() {
    }

    /** The type of a problem with {@code status} and no type of its own. */
    public static URI of(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL_ERROR;
            case 503 -> UNAVAILABLE;
            default -> URI.create(BASE + "http-" + status.value());
        };
    }
}
