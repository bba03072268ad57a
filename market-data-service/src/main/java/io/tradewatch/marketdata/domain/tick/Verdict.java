package io.tradewatch.marketdata.domain.tick;

/**
 * What validation decided about one tick, and how many sequence numbers of its symbol were skipped just
 * before it (0 without a gap).
 */
public sealed interface Verdict permits Verdict.Accepted, Verdict.Rejected {

    long missed();

    /** The tick is valid and in order. */
    record Accepted(long missed) implements Verdict {

        static final Accepted IN_SEQUENCE = new Accepted(0);

        static Accepted after(long missed) {
            return (missed == 0) ? IN_SEQUENCE : new Accepted(missed);
        }
    }

    /** The tick is refused, for {@code reason}, explained by {@code detail}. */
    record Rejected(Rejection reason, String detail, long missed) implements Verdict {
    }
}
