package io.tradewatch.marketdata.service;

import io.tradewatch.marketdata.domain.tick.Rejection;
import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickValidator;
import io.tradewatch.marketdata.domain.tick.Verdict;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.DropReason;

/**
 * Runs the domain's {@link TickValidator} and records what it decides: sequence gaps and missed ticks per
 * symbol, and each rejected tick by reason. Rejected ticks are dropped here.
 */
public final class TickValidation {

    private final TickValidator validator;

    private final TickMetrics ticks;

    private final FeedMetrics feeds;

    private final ThrottledLog rejections = new ThrottledLog(TickValidation.class);

    private final ThrottledLog gaps = new ThrottledLog(TickValidation.class);

    public TickValidation(TickValidator validator, TickMetrics ticks, FeedMetrics feeds) {
        this.validator = validator;
        this.ticks = ticks;
        this.feeds = feeds;
    }

    /** Whether the tick may be published. */
    public boolean accept(Tick tick) {
        Verdict verdict = validator.validate(tick);
        if (verdict.missed() > 0) {
            feeds.sequenceGap(tick.symbol(), verdict.missed());
            gaps.warn("Sequence gap on {}: {} tick(s) missed before #{} from the {} feed; counted in"
                    + " trading_feed_messages_missed_total. Consumers see the same jump in seq.", tick.symbol(),
                    verdict.missed(), tick.seq(), tick.source().wireName());
        }
        return switch (verdict) {
            case Verdict.Accepted accepted -> true;
            case Verdict.Rejected rejected -> {
                DropReason reason = dropReason(rejected.reason());
                ticks.dropped(reason);
                rejections.warn("Rejected tick {}#{} from the {} feed: {}. It is dropped and counted in"
                        + " trading_ticks_dropped_total{reason=\"{}\"}.", tick.symbol(), tick.seq(),
                        tick.source().wireName(), rejected.detail(), reason.tagValue());
                yield false;
            }
        };
    }

    static DropReason dropReason(Rejection rejection) {
        return switch (rejection) {
            case INVALID -> DropReason.INVALID;
            case UNKNOWN_SYMBOL -> DropReason.UNKNOWN_SYMBOL;
            case DUPLICATE -> DropReason.DUPLICATE;
            case OUT_OF_ORDER -> DropReason.OUT_OF_ORDER;
        };
    }
}
