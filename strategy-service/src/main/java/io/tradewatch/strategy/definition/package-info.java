/** Strategy definitions: validation at the edge, storage in Redis, defaults, and propagation to every replica. */
@NullMarked
package io.tradewatch.strategy.definition;

import org.jspecify.annotations.NullMarked;
