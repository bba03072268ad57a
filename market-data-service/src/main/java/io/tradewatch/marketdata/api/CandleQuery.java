package io.tradewatch.marketdata.api;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

/** The query parameters of the candles endpoint, checked together so a 400 names every bad one. */
record CandleQuery(String interval, int limit) {

    static final String ONE_MINUTE = "1m";

    static final int DEFAULT_LIMIT = 100;

    static CandleQuery parse(@Nullable String interval, @Nullable String limit, int maxLimit) {
        List<FieldProblem> problems = new ArrayList<>();
        String checkedInterval = (interval == null) ? ONE_MINUTE : interval;
        if (!ONE_MINUTE.equals(checkedInterval)) {
            problems.add(new FieldProblem("interval", "only '1m' candles are kept, was '" + interval + "'"));
        }
        int checkedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                checkedLimit = Integer.parseInt(limit.trim());
            }
            catch (NumberFormatException ex) {
                checkedLimit = -1;
            }
            if (checkedLimit < 1 || checkedLimit > maxLimit) {
                problems.add(new FieldProblem("limit", "must be an integer from 1 to " + maxLimit + ", was '" + limit + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new CandleQuery(checkedInterval, Math.min(checkedLimit, maxLimit));
    }
}
