/**
 * The message contract ({@code META-INF/tradewatch/asyncapi.yaml}) for tests: validation of published
 * messages, the examples consumers must accept, and the bindings each service must declare.
 */
@NullMarked
package io.tradewatch.testsupport.contract;

import org.jspecify.annotations.NullMarked;
