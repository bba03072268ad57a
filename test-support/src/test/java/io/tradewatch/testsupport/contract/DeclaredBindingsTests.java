package io.tradewatch.testsupport.contract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of a context's declared bindings with the contract goes red on each kind of difference. */
class DeclaredBindingsTests {

    private static final String SERVICE = "alert-system";

    private final EventContract contract = EventContract.load();

    @Test
    void theContractsOwnBindingsMatch() {
        assertThat(DeclaredBindings.of(context(declared(List.of()))).differencesFrom(contract, SERVICE)).isEmpty();
    }

    @Test
    void anExtraBindingIsReported() {
        List<Declarable> declarables = declared(List.of());
        Queue orders = (Queue) declarables.stream()
            .filter(d -> d instanceof Queue queue && queue.getName().equals("alert-system.orders"))
            .findFirst()
            .orElseThrow();
        declarables.add(BindingBuilder.bind(orders).to(new TopicExchange(EventContract.EXCHANGE)).with("order.cancelled"));
        assertThat(DeclaredBindings.of(context(declarables)).differencesFrom(contract, SERVICE)).containsExactly(
                "declared but not in the contract: queue alert-system.orders bound to trading.events with 'order.cancelled'");
    }

    @Test
    void aMissingBindingIsReported() {
        assertThat(DeclaredBindings.of(context(declared(List.of("feed.status")))).differencesFrom(contract, SERVICE))
            .containsExactly("in the contract but not declared: queue alert-system.feed bound to trading.events with"
                    + " 'feed.status'");
    }

    @Test
    void aQueueOfAnotherTypeIsReported() {
        List<Declarable> declarables = declared(List.of());
        declarables.removeIf(d -> d instanceof Queue queue && queue.getName().equals("alert-system.risk"));
        declarables.add(QueueBuilder.durable("alert-system.risk").build());
        assertThat(DeclaredBindings.of(context(declarables)).differencesFrom(contract, SERVICE))
            .containsExactly("queue alert-system.risk is declared classic, the contract says quorum");
    }

    /** The service's bindings as the contract names them, less the bindings with the keys given. */
    private List<Declarable> declared(List<String> leftOut) {
        TopicExchange events = new TopicExchange(EventContract.EXCHANGE);
        TopicExchange deadLetters = new TopicExchange(EventContract.DEAD_LETTER_EXCHANGE);
        List<Declarable> declarables = new ArrayList<>(List.of(events, deadLetters));
        for (EventContract.QueueBinding binding : contract.bindings(SERVICE)) {
            Queue queue = binding.queueType().equals("quorum") ? QueueBuilder.durable(binding.queue()).quorum().build()
                    : QueueBuilder.durable(binding.queue()).build();
            if (declarables.stream().noneMatch(d -> d instanceof Queue q && q.getName().equals(queue.getName()))) {
                declarables.add(queue);
            }
            if (!leftOut.contains(binding.bindingKey())) {
                TopicExchange exchange = binding.exchange().equals(EventContract.EXCHANGE) ? events : deadLetters;
                declarables.add(BindingBuilder.bind(queue).to(exchange).with(binding.bindingKey()));
            }
        }
        return declarables;
    }

    private static GenericApplicationContext context(List<Declarable> declarables) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean("topology", Declarables.class, () -> new Declarables(declarables));
        context.refresh();
        return context;
    }
}
