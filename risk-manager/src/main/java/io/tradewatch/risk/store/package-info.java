/** Redis: the {@code risk:*} keys, the Lua scripts that change them atomically, and their readers. */
@NullMarked
package io.tradewatch.risk.store;

import org.jspecify.annotations.NullMarked;
