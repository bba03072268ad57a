package io.tradewatch.alerts.delivery;

import io.tradewatch.alerts.domain.delivery.AttemptResult;
import io.tradewatch.alerts.domain.delivery.Delivery;

/** Makes one delivery attempt over one kind of channel; never throws, every failure is an {@link AttemptResult}. */
interface ChannelSender {

    AttemptResult send(Delivery delivery, int attempt);
}
