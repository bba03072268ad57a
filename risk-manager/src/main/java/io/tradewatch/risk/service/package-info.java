/** Use cases: deciding orders, applying fills and marks to the book, announcing breaches and drawdown. */
@NullMarked
package io.tradewatch.risk.service;

import org.jspecify.annotations.NullMarked;
