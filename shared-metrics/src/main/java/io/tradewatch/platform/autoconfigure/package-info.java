/** The starter's wiring of the platform pieces shared by every service (the instrument catalog). */
@NullMarked
package io.tradewatch.platform.autoconfigure;

import org.jspecify.annotations.NullMarked;
