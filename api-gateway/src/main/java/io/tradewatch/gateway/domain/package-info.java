/**
 * The gateway's decisions as plain Java: roles, which role each call needs, API key material, the
 * outage policy of the rate limiter. No Spring, Redis, Reactor or Micrometer here (an ArchUnit test
 * keeps it so).
 */
@NullMarked
package io.tradewatch.gateway.domain;

import org.jspecify.annotations.NullMarked;
