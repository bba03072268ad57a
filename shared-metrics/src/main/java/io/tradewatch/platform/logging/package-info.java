/** Log formatting shared by every service: Elastic Common Schema JSON lines that start with the message. */
@NullMarked
package io.tradewatch.platform.logging;

import org.jspecify.annotations.NullMarked;
