package io.tradewatch.risk.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.tradewatch.risk.domain.KillSwitchState;
import io.tradewatch.risk.store.KillSwitch;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET/POST /api/risk/kill-switch}: shows and switches the kill switch. */
@RestController
@RequestMapping("/api/risk/kill-switch")
class KillSwitchController {

    private final KillSwitch killSwitch;

    KillSwitchController(KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
    }

    @GetMapping
    Mono<KillSwitchState> get() {
        return Mono.fromCallable(killSwitch::state).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping
    Mono<KillSwitchState> post(@Valid @RequestBody Switch request) {
        String reason = (request.reason() == null || request.reason().isBlank())
                ? (Boolean.TRUE.equals(request.engaged()) ? "engaged through the API" : "released through the API")
                : request.reason();
        return Mono.fromCallable(() -> killSwitch.set(Boolean.TRUE.equals(request.engaged()), reason, "api"))
            .subscribeOn(Schedulers.boundedElastic());
    }

    /** The body of a switch: {@code {"engaged": true, "reason": "..."}}. */
    record Switch(@NotNull Boolean engaged, @Nullable @Size(max = 200) String reason) {
    }
}
