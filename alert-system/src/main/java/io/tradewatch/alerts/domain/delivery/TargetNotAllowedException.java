package io.tradewatch.alerts.domain.delivery;

import java.net.UnknownHostException;

/**
 * A webhook target the allow-list refuses. It is an {@link UnknownHostException} so that a name resolver can
 * fail a connection with it before any socket is opened.
 */
public class TargetNotAllowedException extends UnknownHostException {

    public TargetNotAllowedException(String message) {
        super(message);
    }
}
