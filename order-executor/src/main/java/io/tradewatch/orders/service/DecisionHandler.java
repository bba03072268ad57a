package io.tradewatch.orders.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.orders.domain.CancelReason;
import io.tradewatch.orders.domain.Execution;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderStatus;
import io.tradewatch.orders.domain.PaperExecution;
import io.tradewatch.orders.domain.RiskReason;
import io.tradewatch.orders.store.CommitResult;
import io.tradewatch.orders.store.FillContext;
import io.tradewatch.orders.store.PortfolioStore;
import io.tradewatch.orders.store.QuoteReader;

import org.springframework.stereotype.Component;

/**
 * Applies risk-manager's decisions. An approval executes the order on paper (fill, cancel or rest) in the same
 * atomic step that records the approval; a rejection records the reasons. Decisions are idempotent by event id:
 * a redelivered decision finds the order already decided by it and changes nothing.
 */
@Component
public class DecisionHandler {

    private static final Logger log = LoggerFactory.getLogger(DecisionHandler.class);

    private final PortfolioStore portfolio;

    private final QuoteReader quotes;

    private final PaperExecution paper;

    private final Committer committer;

    private final OrderEvents events;

    private final OrderMetrics metrics;

    private final Clock clock;

    DecisionHandler(PortfolioStore portfolio, QuoteReader quotes, PaperExecution paper, Committer committer,
            OrderEvents events, OrderMetrics metrics, Clock clock) {
        this.clock = clock;
        this.portfolio = portfolio;
        this.quotes = quotes;
        this.paper = paper;
        this.committer = committer;
        this.events = events;
        this.metrics = metrics;
    }

    /** Applies one decision; throws (so the message is retried, then dead-lettered) when the order is unknown. */
    public void handle(UUID decisionId, UUID orderId, boolean approved, List<RiskReason> reasons) {
        for (int attempt = 0; attempt < Committer.MAX_ATTEMPTS; attempt++) {
            FillContext context = portfolio.fillContext(orderId)
                .orElseThrow(() -> new IllegalArgumentException("Decision " + decisionId + " is for unknown order "
                        + orderId));
            if (decisionId.equals(context.order().state().decisionEventId())) {
                log.info("Decision {} for order {} was already applied; acknowledging the redelivery", decisionId,
                        orderId);
                return;
            }
            CommitResult result = apply(context, decisionId, approved, reasons, clock.instant());
            if (result != CommitResult.CONFLICT) {
                return;
            }
            Committer.backOff(attempt);
        }
        throw new IllegalStateException("Order " + orderId + " kept changing while decision " + decisionId
                + " was applied");
    }

    private CommitResult apply(FillContext context, UUID decisionId, boolean approved, List<RiskReason> reasons,
            Instant now) {
        Order order = context.order();
        if (order.status() == OrderStatus.CANCELLED && order.state().decisionEventId() == null) {
            return late(order, decisionId, approved, reasons, now);
        }
        if (order.status() != OrderStatus.PENDING_RISK) {
            log.warn("Decision {} for order {} arrived after the order was decided by {} (status {}); it is ignored."
                    + " Check risk-manager for duplicate decisions.", decisionId, order.id(), order.state().decisionEventId(),
                    order.status());
            return CommitResult.COMMITTED;
        }
        if (!approved) {
            Order rejected = order.reject(decisionId, reasons, "RISK_REJECTED: " + rules(reasons), now);
            CommitResult result = committer.transition(order, rejected, null);
            if (result == CommitResult.COMMITTED) {
                metrics.rejected(rejected);
            }
            return result;
        }
        return execute(context, order.approve(decisionId, now), now);
    }

    private CommitResult execute(FillContext context, Order approved, Instant now) {
        Order stored = context.order();
        Execution execution = paper.onApproval(approved, quotes.counted(context.quote()), now);
        return switch (execution) {
            case Execution.FillAt fill -> committer.fill(context, approved, fill.price(), now);
            case Execution.Rest rest -> committer.transition(stored, approved, null);
            case Execution.CancelFor cancel -> {
                Order cancelled = approved.cancel(cancel.reason(), now);
                CommitResult result = committer.transition(stored, cancelled,
                        events.cancelled(cancelled, cancel.reason(), now));
                if (result == CommitResult.COMMITTED) {
                    metrics.cancelled(cancelled);
                }
                yield result;
            }
        };
    }

    /** A decision for an order its owner cancelled before risk-manager answered: release what an approval reserved. */
    private CommitResult late(Order order, UUID decisionId, boolean approved, List<RiskReason> reasons, Instant now) {
        Order recorded = order.lateDecision(decisionId, reasons, now);
        return committer.transition(order, recorded,
                approved ? events.cancelled(recorded, CancelReason.USER, now) : null);
    }

    private static String rules(List<RiskReason> reasons) {
        return reasons.isEmpty() ? "unspecified" : reasons.stream().map(RiskReason::rule).collect(Collectors.joining(","));
    }
}
