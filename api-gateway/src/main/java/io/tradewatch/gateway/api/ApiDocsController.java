package io.tradewatch.gateway.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webflux.api.OpenApiWebfluxResource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.tradewatch.gateway.config.GatewaySettings;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The OpenAPI documents of everything behind the gateway (any role): {@code /v3/api-docs} merges the gateway's
 * own endpoints with every service's, {@code /v3/api-docs/<service>} is one service's. Each service's document
 * is read from its {@code /v3/api-docs} at the time of the call and shaped as {@link ApiDocuments} describes.
 */
@RestController
class ApiDocsController {

    private static final Logger log = LoggerFactory.getLogger(ApiDocsController.class);

    private final Map<String, GatewaySettings.Downstream> services;

    private final Map<String, RoutedPaths> routed = new TreeMap<>();

    private final OpenApiWebfluxResource ownDocument;

    private final String ownDocumentPath;

    private final JsonMapper json;

    private final WebClient client;

    private final Duration timeout;

    ApiDocsController(GatewaySettings settings, GatewayProperties gateway, OpenApiWebfluxResource ownDocument,
            SpringDocConfigProperties springdoc, JsonMapper json) {
        this.services = new TreeMap<>(settings.services());
        this.services.forEach((name, downstream) -> routed.put(name, RoutedPaths.to(downstream.uri(), gateway)));
        this.ownDocument = ownDocument;
        this.ownDocumentPath = springdoc.getApiDocs().getPath();
        this.json = json;
        this.timeout = settings.apiDocs().timeout();
        HttpClient http = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
            .responseTimeout(timeout);
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ObjectNode> all(ServerHttpRequest request) {
        Mono<JsonNode> own = own(request);
        Mono<List<Fetched>> fetched = Flux.fromIterable(services.keySet())
            .flatMapSequential(name -> fetch(name).map(document -> new Fetched(name, document))
                .onErrorResume(ex -> {
                    log.warn("OpenAPI document of {} not read: {}", name, ex.toString());
                    return Mono.just(new Fetched(name, null));
                }))
            .collectList();
        return Mono.zip(own, fetched).map(both -> {
            Map<String, ObjectNode> documents = new TreeMap<>();
            List<String> unavailable = new ArrayList<>();
            for (Fetched one : both.getT2()) {
                if (one.document() == null) {
                    unavailable.add(one.service());
                }
                else {
                    documents.put(one.service(), ApiDocuments.forGateway(one.document(), routed.get(one.service())));
                }
            }
            return ApiDocuments.merge(both.getT1(), documents, unavailable);
        });
    }

    @GetMapping(path = "/v3/api-docs/{service}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ObjectNode> one(@PathVariable String service) {
        if (!services.containsKey(service)) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No service is named " + service
                    + "; the documents are " + ownDocumentPath + " and /v3/api-docs/ followed by one of "
                    + String.join(", ", services.keySet())));
        }
        return fetch(service).map(document -> ApiDocuments.forGateway(document, routed.get(service)))
            .onErrorMap(ex -> !(ex instanceof ResponseStatusException), ex -> new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "The OpenAPI document of " + service + " cannot be read now: "
                            + ex.getClass().getSimpleName() + "; retry later", ex));
    }

    private Mono<JsonNode> own(ServerHttpRequest request) {
        try {
            return ownDocument.openapiJson(request, ownDocumentPath, Locale.ROOT).map(json::readTree);
        }
        catch (JsonProcessingException ex) {
            return Mono.error(ex);
        }
    }

    private Mono<JsonNode> fetch(String service) {
        URI uri = URI.create(services.get(service).uri().toString().replaceAll("/+$", "") + "/v3/api-docs");
        return client.get().uri(uri).retrieve().bodyToMono(String.class).timeout(timeout).map(json::readTree);
    }

    private record Fetched(String service, @Nullable JsonNode document) {
    }
}
