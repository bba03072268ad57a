package io.tradewatch.marketdata.feed.simulated;

/**
 * One symbol's price under geometric Brownian motion: each step multiplies the price by
 * {@code exp((drift - volatility^2 / 2) dt + volatility sqrt(dt) z)} for a standard normal {@code z}.
 * Plain arithmetic in doubles; prices are rounded to decimals only when a tick is made.
 */
final class GbmPath {

    private final double drift;

    private final double volatility;

    private double price;

    GbmPath(double startPrice, double drift, double volatility) {
        this.price = startPrice;
        this.drift = drift;
        this.volatility = volatility;
    }

    /** Moves the price on by {@code dtYears} with the normal draw {@code z} and returns it. */
    double step(double dtYears, double z) {
        price *= Math.exp((drift - 0.5 * volatility * volatility) * dtYears + volatility * Math.sqrt(dtYears) * z);
        return price;
    }

    double price() {
        return price;
    }
}
