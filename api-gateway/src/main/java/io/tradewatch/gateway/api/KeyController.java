package io.tradewatch.gateway.api;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.domain.ApiKeyRecord;
import io.tradewatch.gateway.domain.Role;
import io.tradewatch.gateway.security.GatewayAuthentication;
import io.tradewatch.gateway.security.GatewayPrincipal;
import io.tradewatch.gateway.store.KeyStore;

import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/admin/keys} (ADMIN only): issue a key (201, the key is in the answer and nowhere else),
 * list live keys, revoke one. Every change is logged with the key's id and the admin who made it.
 */
@RestController
@RequestMapping("/api/admin/keys")
class KeyController {

    private static final Logger log = LoggerFactory.getLogger(KeyController.class);

    private final KeyStore keys;

    KeyController(KeyStore keys) {
        this.keys = keys;
    }

    @PostMapping
    Mono<ResponseEntity<IssuedKeyResponse>> issue(@Valid @RequestBody IssueKeyRequest request, Principal admin) {
        return keys.issue(request.name(), request.role())
            .doOnNext(issued -> log.info("Issued API key {} ({}, role {}) by {}", issued.record().id(),
                    issued.record().name(), issued.record().role(), callerId(admin)))
            .map(issued -> ResponseEntity.created(URI.create("/api/admin/keys/" + issued.record().id()))
                .cacheControl(CacheControl.noStore())
                .body(IssuedKeyResponse.of(issued)))
            .onErrorMap(DataAccessException.class, ex -> unavailable("No key was issued (or, if Redis applied it"
                    + " before failing, it is listed and can be revoked); retry when Redis is back.", ex));
    }

    @GetMapping
    Mono<List<KeySummary>> list() {
        return keys.list()
            .map(KeySummary::of)
            .collectList()
            .onErrorMap(DataAccessException.class,
                    ex -> unavailable("The keys cannot be listed now; retry when Redis is back.", ex));
    }

    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> revoke(@PathVariable String id, Principal admin) {
        return keys.revoke(id)
            .onErrorMap(DataAccessException.class,
                    ex -> unavailable("The key was not revoked; retry when Redis is back.", ex))
            .map(revoked -> {
                if (!revoked) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No live API key has id " + id);
                }
                log.info("Revoked API key {} by {}", id, callerId(admin));
                return ResponseEntity.noContent().build();
            });
    }

    private static ResponseStatusException unavailable(String detail, Throwable cause) {
        log.warn("API key store (Redis) failed: {}. {}", cause.getMessage(), detail);
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The API key store (Redis) is unavailable. "
                + detail, cause);
    }

    private static String callerId(Principal principal) {
        return GatewayAuthentication.callerOf(principal).map(GatewayPrincipal::id).orElse(principal.getName());
    }

    /** {@code {"name", "role"}}: who the key is for and what it may do. */
    record IssueKeyRequest(
            @NotBlank @Size(max = 64)
            @Pattern(regexp = "[A-Za-z0-9 ._@-]*", message = "may hold letters, digits, space and ._@- only") String name,
            @NotNull Role role) {
    }

    /** The answer to an issue request: the only time the key is shown. */
    record IssuedKeyResponse(String id, String name, Role role, String key, Instant createdAt) {

        static IssuedKeyResponse of(KeyStore.IssuedKey issued) {
            ApiKeyRecord record = issued.record();
            return new IssuedKeyResponse(record.id(), record.name(), record.role(), issued.key(), record.createdAt());
        }
    }

    /** A live key as listed: everything but the key. */
    record KeySummary(String id, String name, Role role, Instant createdAt) {

        static KeySummary of(ApiKeyRecord record) {
            return new KeySummary(record.id(), record.name(), record.role(), record.createdAt());
        }
    }
}
