package io.tradewatch.strategy.domain.indicator;

/**
 * Volume-weighted average price over the last {@code window} updates: {@code sum(price * volume) /
 * sum(volume)}; the last price while no volume has been seen.
 */
public final class Vwap {

    private final RollingWindow priceVolume;

    private final RollingWindow volume;

    private double lastPrice = Double.NaN;

    public Vwap(int window) {
        this.priceVolume = new RollingWindow(window);
        this.volume = new RollingWindow(window);
    }

    public double update(double price, double quantity) {
        lastPrice = price;
        priceVolume.add(price * quantity);
        volume.add(quantity);
        return value();
    }

    public boolean isReady() {
        return volume.count() > 0;
    }

    public double value() {
        double volumeSum = volume.sum();
        return (volumeSum > 0) ? priceVolume.sum() / volumeSum : lastPrice;
    }
}
