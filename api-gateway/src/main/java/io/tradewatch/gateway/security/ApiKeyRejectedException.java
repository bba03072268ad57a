package io.tradewatch.gateway.security;

import io.tradewatch.metrics.catalog.TagValues.AuthFailure;

import org.springframework.security.authentication.BadCredentialsException;

/** An API key that is unknown or revoked; the reason is what the auth-failure counter records. */
final class ApiKeyRejectedException extends BadCredentialsException {

    private final AuthFailure reason;

    ApiKeyRejectedException(AuthFailure reason, String message) {
        super(message);
        this.reason = reason;
    }

    AuthFailure reason() {
        return reason;
    }
}
