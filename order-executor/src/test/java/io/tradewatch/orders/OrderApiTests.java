package io.tradewatch.orders;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.orders.domain.OrderRequest;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;

import org.springframework.amqp.core.MessageDeliveryMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The order API over a real socket: placing, reading, listing, cancelling, bad input and idempotency. */
class OrderApiTests extends ServiceTestSupport {

    @Test
    void postAnswers202WithThePendingOrderAndPublishesOrderRequestedPerTheContract() {
        HttpResponse<String> response = post("""
                {"symbol":"API1USDT","side":"BUY","type":"LIMIT","quantity":"0.5","limitPrice":64000.25,
                 "timeInForce":"GTC","clientOrderId":"api-1"}""");
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode order = json.readTree(response.body());
        String id = order.path("id").asString();
        assertThat(response.headers().firstValue("Location")).contains("/api/orders/" + id);
        assertThat(order.path("status").asString()).isEqualTo("PENDING_RISK");
        assertThat(order.path("quantity").asString()).isEqualTo("0.50000000");
        assertThat(order.path("limitPrice").asString()).isEqualTo("64000.25000000");
        assertThat(order.path("clientOrderId").asString()).isEqualTo("api-1");
        assertThat(order.path("transitions").get(0).path("status").asString()).isEqualTo("PENDING_RISK");
        assertThat(order.path("transitions").get(0).path("at").asString()).isEqualTo(order.path("createdAt").asString());
        assertThat(order(id)).isEqualTo(order);
        assertThat(fieldNames(order)).containsExactlyInAnyOrder("id", "clientOrderId", "symbol", "side", "type",
                "quantity", "limitPrice", "timeInForce", "source", "strategyId", "referencePrice", "notional", "status",
                "filledQuantity", "averagePrice", "fill", "reason", "riskReasons", "createdAt", "updatedAt",
                "transitions");
        assertThat(stored(id).path("revision").asLong()).isZero();

        Received requested = awaitRequested(id);
        assertThat(stored(id).path("requestEventId").asString()).isEqualTo(requested.body().path("id").asString());
        assertThat(fieldNames(requested.body())).containsExactlyInAnyOrder("type", "id", "occurredAt", "version",
                "orderId", "clientOrderId", "symbol", "side", "orderType", "quantity", "limitPrice", "timeInForce",
                "referencePrice", "notional", "source", "strategyId", "requestedAt");
        JsonNode body = requested.body();
        assertThat(body.path("type").asString()).isEqualTo("order.requested");
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("source").asString()).isEqualTo("REST");
        assertThat(body.path("referencePrice").asString()).isEqualTo("64000.25000000");
        assertThat(decimal(body.path("notional"))).isEqualByComparingTo("32000.125");
        assertThat(body.path("occurredAt").asString()).endsWith("Z");
        assertThat(requested.properties().getMessageId()).isEqualTo(body.path("id").asString());
        assertThat(requested.properties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(requested.properties().getHeaders()).containsKey("tw-published-at");
    }

    @Test
    void badInputAnswers400ProblemNamingEveryInvalidField() {
        HttpResponse<String> response = post("""
                {"symbol":"NOPEUSDT","side":"HOLD","type":"LIMIT","quantity":-1,"status":"FILLED",
                 "filledQuantity":"1","averagePrice":"1","color":"red"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(invalidFields(response)).containsExactlyInAnyOrder("symbol", "side", "quantity", "limitPrice",
                "status", "filledQuantity", "averagePrice", "color");
        assertThat(invalidFields(post("""
                {"symbol":"API2USDT","side":"BUY","type":"MARKET","quantity":"NaN","limitPrice":"10"}""")))
            .containsExactlyInAnyOrder("quantity", "limitPrice");
        assertThat(invalidFields(post("""
                {"symbol":"API2USDT","side":"BUY","type":"LIMIT","quantity":"Infinity","limitPrice":"0.000000001"}""")))
            .containsExactlyInAnyOrder("quantity", "limitPrice");
        assertThat(invalidFields(post("""
                {"symbol":"API2USDT","side":"BUY","type":"LIMIT","quantity":0,"limitPrice":1e400}""")))
            .containsExactlyInAnyOrder("quantity", "limitPrice");
        assertThat(invalidFields(post("{\"symbol\":\"API2USDT\","))).containsExactly("body");
        assertThat(invalidFields(post("{\"symbol\":\"API2USDT\",\"side\":\"BUY\",\"side\":\"SELL\"}")))
            .containsExactly("body");
        assertThat(invalidFields(post("{\"symbol\":\"" + "A".repeat(20_000) + "\"}"))).containsExactly("body");
        assertThat(invalidFields(post("""
                {"symbol":"API2USDT","side":"BUY","type":"MARKET","quantity":1}""", "Idempotency-Key", "has space")))
            .containsExactly("Idempotency-Key");
    }

    @Test
    void unknownOrdersAnswer404() {
        String unknown = UUID.randomUUID().toString();
        assertThat(get("/api/orders/" + unknown).statusCode()).isEqualTo(404);
        assertThat(get("/api/orders/not-an-id").statusCode()).isEqualTo(404);
        HttpResponse<String> cancel = delete("/api/orders/" + unknown);
        assertThat(cancel.statusCode()).isEqualTo(404);
        assertThat(json.readTree(cancel.body()).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void aRetriedRequestWithTheSameKeyReturnsTheSameOrderAndADifferentBodyIsRefused() {
        String body = """
                {"symbol":"API3USDT","side":"SELL","type":"LIMIT","quantity":"1","limitPrice":"10"}""";
        String key = "retry-" + UUID.randomUUID();
        HttpResponse<String> first = post(body, "Idempotency-Key", key);
        HttpResponse<String> second = post(body, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json.readTree(second.body()).path("id")).isEqualTo(json.readTree(first.body()).path("id"));
        assertThat(redis.getExpire("orders:idem:key:" + key)).isBetween(23L * 3600, 24L * 3600);

        HttpResponse<String> changed = post(body.replace("\"1\"", "\"2\""), "Idempotency-Key", key);
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theClientOrderIdAlsoMakesRetriesSafe() {
        String clientOrderId = "co-" + UUID.randomUUID();
        String body = """
                {"symbol":"API3USDT","side":"BUY","type":"LIMIT","quantity":"1","limitPrice":"10","clientOrderId":"%s"}"""
            .formatted(clientOrderId);
        String first = placeAccepted(body).path("id").asString();
        assertThat(placeAccepted(body).path("id").asString()).isEqualTo(first);
        assertThat(post(body.replace("\"10\"", "\"11\"")).statusCode()).isEqualTo(422);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneOrderAndAnswer409WhileItIsInFlight() throws Exception {
        String body = """
                {"symbol":"API4USDT","side":"BUY","type":"LIMIT","quantity":"3","limitPrice":"5"}""";
        String key = "race-" + UUID.randomUUID();
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> post(body, "Idempotency-Key", key)));
            }
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
        }
        assertThat(responses).extracting(HttpResponse::statusCode).allMatch(code -> code == 202 || code == 409);
        Set<String> ids = new java.util.HashSet<>();
        responses.stream().filter(r -> r.statusCode() == 202).forEach(r -> ids.add(json.readTree(r.body()).path("id").asString()));
        assertThat(ids).hasSize(1);

        // a key held by a request that has not stored its order yet (another replica, mid-request) answers 409
        String held = "held-" + UUID.randomUUID();
        OrderRequest request = new OrderRequest("API4USDT", Side.BUY, OrderType.LIMIT, new BigDecimal("3"),
                new BigDecimal("5"), TimeInForce.GTC, null);
        redis.opsForValue().set("orders:idem:key:" + held, "P|" + sha256(request.canonical()) + "|" + UUID.randomUUID());
        HttpResponse<String> inFlight = post(body, "Idempotency-Key", held);
        assertThat(inFlight.statusCode()).isEqualTo(409);
        assertThat(json.readTree(inFlight.body()).path("detail").asString()).contains("still being processed");
    }

    @Test
    void cancellingARestingOrderReleasesItAndCancellingAFilledOrderAnswers409() {
        quote("API5USDT", "99", "101");
        String resting = placeAccepted("""
                {"symbol":"API5USDT","side":"BUY","type":"LIMIT","quantity":"2","limitPrice":"90"}""").path("id").asString();
        awaitRequested(resting);
        approve(resting);
        awaitStatus(resting, "APPROVED");
        HttpResponse<String> cancel = delete("/api/orders/" + resting);
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(json.readTree(cancel.body()).path("status").asString()).isEqualTo("CANCELLED");
        Received cancelled = awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(resting));
        assertThat(fieldNames(cancelled.body())).containsExactlyInAnyOrder("type", "id", "occurredAt", "version",
                "orderId", "symbol", "side", "orderType", "quantity", "reason", "cancelledAt");
        assertThat(cancelled.body().path("reason").asString()).isEqualTo("USER");
        assertThat(decimal(cancelled.body().path("quantity"))).isEqualByComparingTo("2");
        assertThat(delete("/api/orders/" + resting).statusCode()).isEqualTo(200);

        String market = placeAccepted("""
                {"symbol":"API5USDT","side":"BUY","type":"MARKET","quantity":"1"}""").path("id").asString();
        awaitRequested(market);
        approve(market);
        awaitStatus(market, "FILLED");
        HttpResponse<String> tooLate = delete("/api/orders/" + market);
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anOrderCancelledBeforeItsApprovalReleasesTheReservationWhenTheApprovalArrives() {
        String id = placeAccepted("""
                {"symbol":"API5USDT","side":"SELL","type":"LIMIT","quantity":"4","limitPrice":"500"}""").path("id").asString();
        awaitRequested(id);
        assertThat(delete("/api/orders/" + id).statusCode()).isEqualTo(200);
        assertThat(order(id).path("status").asString()).isEqualTo("CANCELLED");
        String decision = approve(id);
        Received released = awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id));
        assertThat(released.body().path("reason").asString()).isEqualTo("USER");
        eventually().until(() -> stored(id).path("decisionEventId").asString().equals(decision));
        assertThat(order(id).path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void listingFiltersByStatusAndSymbolAndValidatesItsParameters() {
        String a = placeAccepted("""
                {"symbol":"API6USDT","side":"BUY","type":"LIMIT","quantity":"1","limitPrice":"1"}""").path("id").asString();
        String b = placeAccepted("""
                {"symbol":"API6USDT","side":"BUY","type":"LIMIT","quantity":"1","limitPrice":"2"}""").path("id").asString();
        awaitRequested(b);
        decide("order.rejected", UUID.randomUUID().toString(), b, """
                [{"rule":"max_order_notional","value":"2","threshold":"1","message":"too big"}]""");
        JsonNode rejected = awaitStatus(b, "REJECTED");
        assertThat(rejected.path("riskReasons").get(0).path("rule").asString()).isEqualTo("max_order_notional");
        assertThat(rejected.path("transitions")).hasSize(2);

        JsonNode pending = json.readTree(get("/api/orders?status=PENDING_RISK&symbol=API6USDT").body());
        assertThat(pending).extracting(n -> n.path("id").asString()).containsExactly(a);
        JsonNode all = json.readTree(get("/api/orders?symbol=API6USDT&limit=1").body());
        assertThat(all).extracting(n -> n.path("id").asString()).containsExactly(b);
        assertThat(invalidFields(get("/api/orders?status=DONE&symbol=NOPE&limit=0"))).containsExactlyInAnyOrder(
                "status", "symbol", "limit");
    }

    @Test
    void ordersAreForTheCatalogsTradableSymbolsInAnyCase() {
        quote("DOGEUSDT", "0.10000", "0.10010");
        String doge = placeAccepted("""
                {"symbol":"DOGEUSDT","side":"BUY","type":"MARKET","quantity":"100"}""").path("id").asString();
        awaitRequested(doge);
        approve(doge);
        assertThat(decimal(awaitStatus(doge, "FILLED").path("filledQuantity"))).isEqualByComparingTo("100");

        JsonNode lower = placeAccepted("""
                {"symbol":" btcusdt","side":"BUY","type":"LIMIT","quantity":"0.001","limitPrice":"60000.01"}""");
        assertThat(lower.path("symbol").asString()).isEqualTo("BTCUSDT");
        assertThat(awaitRequested(lower.path("id").asString()).body().path("symbol").asString()).isEqualTo("BTCUSDT");

        assertThat(problems(post("""
                {"symbol":"QUOTEDUSDT","side":"BUY","type":"LIMIT","quantity":"1","limitPrice":"10"}""")))
            .containsOnlyKeys("symbol");
    }

    @Test
    void anOrderThatDoesNotFitItsInstrumentIsRefusedNamingTheFieldAndTheRule() {
        // BTCUSDT: lot 0.00001, tick 0.01; DOGEUSDT: lot 1, minimum notional 5
        Map<String, String> lotAndTick = problems(post("""
                {"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","quantity":"0.000001","limitPrice":"60000.001"}"""));
        assertThat(lotAndTick).containsOnlyKeys("quantity", "limitPrice");
        assertThat(lotAndTick.get("quantity")).startsWith("lot size").contains("0.00001");
        assertThat(lotAndTick.get("limitPrice")).startsWith("tick size").contains("0.01");

        Map<String, String> notional = problems(post("""
                {"symbol":"dogeusdt","side":"SELL","type":"LIMIT","quantity":"49","limitPrice":"0.1"}"""));
        assertThat(notional).containsOnlyKeys("quantity");
        assertThat(notional.get("quantity")).startsWith("minimum notional").contains("5");
        // 50 x 0.1 = 5 reaches the minimum exactly
        assertThat(post("""
                {"symbol":"DOGEUSDT","side":"SELL","type":"LIMIT","quantity":"50","limitPrice":"0.1"}""").statusCode())
            .isEqualTo(202);
    }

    private Map<String, String> problems(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        json.readTree(response.body()).path("errors")
            .forEach(error -> problems.merge(error.path("field").asString(), error.path("message").asString(),
                    (a, b) -> a + "; " + b));
        return problems;
    }

    private List<String> invalidFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(response.body()).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
