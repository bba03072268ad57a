/** HTTP: the rules, history (with the live SSE stream), dead-letter and Alertmanager receiver endpoints. */
@NullMarked
package io.tradewatch.alerts.api;

import org.jspecify.annotations.NullMarked;
