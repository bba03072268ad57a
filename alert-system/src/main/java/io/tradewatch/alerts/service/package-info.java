/** Use cases: the alert pipeline (gate, flood control, history, hand-over to delivery), rule evaluation. */
@NullMarked
package io.tradewatch.alerts.service;

import org.jspecify.annotations.NullMarked;
