/**
 * Real observability servers and the deploy folder's configuration, for the tests that run them: a Prometheus
 * on a free port, the local Prometheus configuration rewritten for other addresses and intervals, the Grafana
 * dashboards' queries as Prometheus sees them, and the external tools found on the PATH.
 */
@NullMarked
package io.tradewatch.testsupport.observability;

import org.jspecify.annotations.NullMarked;
