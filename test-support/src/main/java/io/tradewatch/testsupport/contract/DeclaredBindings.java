package io.tradewatch.testsupport.contract;

import java.util.ArrayList;
import java.util.List;

import io.tradewatch.testsupport.contract.EventContract.QueueBinding;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.context.ApplicationContext;

/**
 * Compares what a service really declares (its {@link Binding} and {@link Queue} beans, alone or inside
 * {@link Declarables}) with the receive operations the contract gives it: every binding to
 * {@code trading.events} or {@code trading.dlx} must be in the contract, every binding of the contract must be
 * declared, and each queue must be of the contract's type.
 */
public final class DeclaredBindings {

    private final List<Binding> bindings = new ArrayList<>();

    private final List<Queue> queues = new ArrayList<>();

    private DeclaredBindings(ApplicationContext context) {
        bindings.addAll(context.getBeansOfType(Binding.class).values());
        queues.addAll(context.getBeansOfType(Queue.class).values());
        for (Declarables declarables : context.getBeansOfType(Declarables.class).values()) {
            bindings.addAll(declarables.getDeclarablesByType(Binding.class));
            queues.addAll(declarables.getDeclarablesByType(Queue.class));
        }
    }

    /** What the context declares. */
    public static DeclaredBindings of(ApplicationContext context) {
        return new DeclaredBindings(context);
    }

    /** Every difference between what is declared and what the contract names for the service; empty when none. */
    public List<String> differencesFrom(EventContract contract, String service) {
        List<QueueBinding> expected = contract.bindings(service);
        List<String> differences = new ArrayList<>();
        for (Binding binding : bindings) {
            if (binding.isDestinationQueue() && isContractExchange(binding.getExchange()) && expected.stream()
                .noneMatch(contracted -> contracted.matches(binding.getExchange(), binding.getDestination(),
                        binding.getRoutingKey()))) {
                differences.add("declared but not in the contract: queue " + binding.getDestination() + " bound to "
                        + binding.getExchange() + " with '" + binding.getRoutingKey() + "'");
            }
        }
        for (QueueBinding contracted : expected) {
            if (bindings.stream()
                .noneMatch(binding -> binding.isDestinationQueue() && contracted.matches(binding.getExchange(),
                        binding.getDestination(), binding.getRoutingKey()))) {
                differences.add("in the contract but not declared: queue " + contracted.queue() + " bound to "
                        + contracted.exchange() + " with '" + contracted.bindingKey() + "'");
            }
            for (Queue queue : queues) {
                if (EventContract.addressPattern(contracted.queue()).matcher(queue.getName()).matches()
                        && !contracted.queueType().equals(typeOf(queue))) {
                    differences.add("queue " + queue.getName() + " is declared " + typeOf(queue) + ", the contract says "
                            + contracted.queueType());
                }
            }
        }
        return differences.stream().distinct().toList();
    }

    /** Fails with every difference between the declared bindings and the contract's for the service. */
    public void assertMatch(EventContract contract, String service) {
        List<String> differences = differencesFrom(contract, service);
        if (!differences.isEmpty()) {
            throw new AssertionError("The bindings " + service + " declares differ from " + EventContract.LOCATION
                    + ":\n  " + String.join("\n  ", differences));
        }
    }

    private static boolean isContractExchange(String exchange) {
        return EventContract.EXCHANGE.equals(exchange) || EventContract.DEAD_LETTER_EXCHANGE.equals(exchange);
    }

    private static String typeOf(Queue queue) {
        return "quorum".equals(queue.getArguments().get("x-queue-type")) ? "quorum" : "classic";
    }
}
