package io.tradewatch.strategy.domain.indicator;

/** A moving average that can be updated incrementally: {@link Sma} or {@link Ema}. */
public sealed interface MovingAverage permits MovingAverage.Simple, MovingAverage.Exponential {

    double update(double value);

    double value();

    boolean isReady();

    static MovingAverage simple(int period) {
        return new Simple(new Sma(period));
    }

    static MovingAverage exponential(int period) {
        return new Exponential(new Ema(period));
    }

    /** A simple moving average. */
    record Simple(Sma sma) implements MovingAverage {

        @Override
        public double update(double value) {
            return sma.update(value);
        }

        @Override
        public double value() {
            return sma.value();
        }

        @Override
        public boolean isReady() {
            return sma.isReady();
        }
    }

    /** An exponential moving average. */
    record Exponential(Ema ema) implements MovingAverage {

        @Override
        public double update(double value) {
            return ema.update(value);
        }

        @Override
        public double value() {
            return ema.value();
        }

        @Override
        public boolean isReady() {
            return ema.isReady();
        }
    }
}
