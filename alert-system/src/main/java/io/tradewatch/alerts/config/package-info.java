/** Configuration of the alert-system ({@code tradewatch.alerts.*}) and the beans built from it. */
@NullMarked
package io.tradewatch.alerts.config;

import org.jspecify.annotations.NullMarked;
