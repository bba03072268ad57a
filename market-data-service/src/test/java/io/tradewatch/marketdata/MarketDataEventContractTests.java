package io.tradewatch.marketdata;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.tradewatch.marketdata.feed.FeedMonitor;
import io.tradewatch.marketdata.feed.MarketFeed;
import io.tradewatch.testsupport.contract.DeclaredBindings;

import org.springframework.amqp.core.Message;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * market-data-service against the message contract ({@code META-INF/tradewatch/asyncapi.yaml}): it binds no
 * queue, as the contract gives it no receive operation, and it publishes every kind of event the contract
 * gives it, each validated on arrival (see {@link MarketDataIntegrationTest#receive}).
 */
class MarketDataEventContractTests extends MarketDataIntegrationTest {

    @Autowired
    MarketFeed feed;

    @Autowired
    FeedMonitor monitor;

    @Test
    void declaresExactlyTheBindingsOfTheContractThatIsNone() {
        assertThat(CONTRACT.bindings("market-data-service")).isEmpty();
        DeclaredBindings.of(context).assertMatch(CONTRACT, "market-data-service");
    }

    @Test
    void publishesEveryKindOfEventOfTheContractAndEachSatisfiesIt() {
        String ticks = bindQueue("tick.BTCUSDT");
        String changes = bindQueue("feed.status");
        feed.stop();
        feed.start(ingest, monitor);
        Set<String> published = new TreeSet<>();
        for (Message message : List.of(receive(ticks, 1).getFirst(), receive(changes, 2).getFirst())) {
            String routingKey = message.getMessageProperties().getReceivedRoutingKey();
            published.add(CONTRACT.channel(CONTRACT.channelOfRoutingKey(routingKey)).get("address").asString());
        }
        assertThat(published).containsExactlyElementsOf(new TreeSet<>(CONTRACT.publishedAddresses("market-data-service")));
    }
}
