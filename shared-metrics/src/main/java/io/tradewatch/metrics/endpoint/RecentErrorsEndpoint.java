package io.tradewatch.metrics.endpoint;

import java.util.List;

import io.tradewatch.metrics.errors.RecentError;
import io.tradewatch.metrics.errors.RecentErrors;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/recenterrors}: the last errors of the service, newest first. */
@Endpoint(id = "recenterrors")
public class RecentErrorsEndpoint {

    private final RecentErrors errors;

    public RecentErrorsEndpoint(RecentErrors errors) {
        this.errors = errors;
    }

    @ReadOperation
    public List<RecentError> recentErrors() {
        return errors.list();
    }
}
