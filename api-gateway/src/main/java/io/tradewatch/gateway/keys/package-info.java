/** API keys: stored as SHA-256 digests in Redis, issued, listed and revoked by admins. */
@NullMarked
package io.tradewatch.gateway.keys;

import org.jspecify.annotations.NullMarked;
