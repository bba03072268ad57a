package io.tradewatch.strategy.domain;

/** The side of a signal or trade. */
public enum Side { BUY, SELL }
