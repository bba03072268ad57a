/** The settings ({@code tradewatch.risk.*}) and the wiring shared by the roles (the UTC clock, scheduling). */
@NullMarked
package io.tradewatch.risk.config;

import org.jspecify.annotations.NullMarked;
