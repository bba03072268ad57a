package io.tradewatch.marketdata.feed.replay;

import org.jspecify.annotations.Nullable;

/**
 * Sequence numbers of one symbol in a replay: the file's own (or numbered from 1 when the file has none),
 * shifted on each later pass of a looping replay so they keep increasing by one across passes.
 */
final class ReplaySequence {

    private long last;

    private long offset;

    private long firstRecorded = Long.MIN_VALUE;

    private boolean passStarted;

    void newPass() {
        passStarted = false;
    }

    long next(@Nullable Long recorded) {
        if (recorded == null) {
            return ++last;
        }
        if (firstRecorded == Long.MIN_VALUE) {
            firstRecorded = recorded;
        }
        if (!passStarted && last > 0) {
            offset = last - firstRecorded + 1;
        }
        passStarted = true;
        last = recorded + offset;
        return last;
    }
}
