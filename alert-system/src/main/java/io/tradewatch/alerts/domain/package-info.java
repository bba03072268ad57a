/**
 * The alert model, its views (alert, history entry, acknowledgement, live event) and the decisions about it
 * (fingerprints, flood control, durations): plain Java with no Spring, AMQP, Redis or Micrometer imports, so
 * it is tested as plain Java; an ArchUnit test keeps it so.
 */
@NullMarked
package io.tradewatch.alerts.domain;

import org.jspecify.annotations.NullMarked;
