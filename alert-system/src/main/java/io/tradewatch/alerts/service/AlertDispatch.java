package io.tradewatch.alerts.service;

import java.util.List;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.ChannelTarget;

/** Hands an admitted alert to its channels; never blocks on a channel and never throws for one. */
public interface AlertDispatch {

    void dispatch(AlertView alert, List<ChannelTarget> targets);
}
