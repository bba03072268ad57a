package io.tradewatch.marketdata.api;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.tradewatch.marketdata.config.MarketDataProperties;
import io.tradewatch.marketdata.feed.FeedMonitor;
import io.tradewatch.marketdata.store.MarketCacheReader;
import io.tradewatch.marketdata.store.Quote;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market data over HTTP. Symbols are matched case-insensitively (normalised to upper case); a symbol that
 * the instrument catalog does not list answers 404, a malformed symbol or bad query parameter 400, both as
 * {@code application/problem+json}.
 */
@RestController
@RequestMapping("/api/market")
class MarketController {

    static final URI UNKNOWN_SYMBOL = URI.create("https://tradewatch.io/problems/unknown-symbol");

    static final URI NO_QUOTE = URI.create("https://tradewatch.io/problems/no-quote");

    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9]{2,24}");

    private final MarketDataProperties properties;

    private final InstrumentCatalog catalog;

    private final MarketCacheReader cache;

    private final FeedMonitor monitor;

    private final ComponentHealth feedHealth;

    MarketController(MarketDataProperties properties, InstrumentCatalog catalog, MarketCacheReader cache, FeedMonitor monitor,
            ComponentHealthRegistry components) {
        this.properties = properties;
        this.catalog = catalog;
        this.cache = cache;
        this.monitor = monitor;
        this.feedHealth = components.component("feed");
    }

    @GetMapping("/symbols")
    List<SymbolView> symbols() {
        return catalog.all().stream().map(SymbolView::of).toList();
    }

    @GetMapping("/quotes")
    Flux<Quote> quotes() {
        return cache.quotes(catalog.symbols());
    }

    @GetMapping("/quotes/{symbol}")
    @ApiResponse(responseCode = "200", description = "The latest quote")
    @ApiResponse(responseCode = "404", description = "Unknown symbol, or no quote of it yet")
    Mono<Quote> quote(@PathVariable String symbol) {
        String known = known(symbol);
        return cache.quote(known)
            .switchIfEmpty(Mono.error(() -> notFound(NO_QUOTE, "No quote yet",
                    "No valid tick of " + known + " has been received yet")));
    }

    @GetMapping("/candles/{symbol}")
    @ApiResponse(responseCode = "200", description = "The candles")
    @ApiResponse(responseCode = "404", description = "Unknown symbol")
    Mono<CandlesView> candles(@PathVariable String symbol, @RequestParam(required = false) @Nullable String interval,
            @RequestParam(required = false) @Nullable String limit) {
        String known = known(symbol);
        CandleQuery query = CandleQuery.parse(interval, limit, properties.cache().candleRetention());
        return cache.candles(known, query.limit()).map(candles -> new CandlesView(known, query.interval(), candles));
    }

    @GetMapping("/feed")
    FeedView feed() {
        var health = feedHealth.snapshot();
        return new FeedView(monitor.feed().source().wireName(), health.status(), health.detail(),
                properties.feed().staleAfter().toMillis() / 1000.0, monitor.view(System.nanoTime()));
    }

    private String known(String symbol) {
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new InvalidFieldsException(
                    List.of(new FieldProblem("symbol", "must be 2-24 letters or digits, was '" + symbol + "'")));
        }
        String upper = Instrument.normalise(symbol);
        if (!catalog.contains(upper)) {
            throw notFound(UNKNOWN_SYMBOL, "Unknown symbol",
                    "Symbol " + upper + " is not served here; GET /api/market/symbols lists those that are");
        }
        return upper;
    }

    private static ErrorResponseException notFound(URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(type);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
