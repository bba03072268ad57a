/** Authentication (API keys, JWT bearer tokens), authorization by role, and their problem answers. */
@NullMarked
package io.tradewatch.gateway.security;

import org.jspecify.annotations.NullMarked;
