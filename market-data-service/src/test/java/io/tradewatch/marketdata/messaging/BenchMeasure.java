package io.tradewatch.marketdata.messaging;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * One measured window of a benchmark run: ticks per second, and CPU microseconds per tick spent in this JVM
 * and in the local RabbitMQ ({@code beam.smp}) and Redis processes, read from {@code /proc}.
 */
record BenchMeasure(double rate, double jvmMicros, double serverMicros) {

    private static final long NANOS_PER_CLOCK_TICK = 10_000_000L;

    /** Waits out the warm-up, then counts ticks and CPU time over {@code window}. */
    static BenchMeasure of(Duration warmUp, Duration window, DoubleSupplier count) throws InterruptedException {
        Thread.sleep(warmUp.toMillis());
        double startCount = count.getAsDouble();
        long startJvm = jvmCpuNanos();
        long startServers = serverCpuNanos();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        double ticks = count.getAsDouble() - startCount;
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchMeasure(ticks / seconds, (jvmCpuNanos() - startJvm) / 1e3 / ticks,
                (serverCpuNanos() - startServers) / 1e3 / ticks);
    }

    /** The median of each figure on its own. */
    static BenchMeasure median(List<BenchMeasure> measures) {
        return new BenchMeasure(median(measures, BenchMeasure::rate), median(measures, BenchMeasure::jvmMicros),
                median(measures, BenchMeasure::serverMicros));
    }

    private static double median(List<BenchMeasure> measures, ToDoubleFunction<BenchMeasure> figure) {
        double[] sorted = measures.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    BenchMeasure print(String name, int round) {
        System.out.printf("round %d %-10s %,9.0f ticks/s  %6.1f CPU us/tick JVM  %6.1f CPU us/tick RabbitMQ+Redis%n",
                round, name, rate, jvmMicros, serverMicros);
        return this;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of every RabbitMQ and Redis process of this machine (clock ticks of 10 ms). */
    private static long serverCpuNanos() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                ticks += serverTicks(process);
            }
        }
        catch (IOException ex) {
            return 0;
        }
        return ticks * NANOS_PER_CLOCK_TICK;
    }

    private static long serverTicks(Path process) {
        try {
            String command = Files.readString(process.resolve("comm")).trim();
            if (!command.equals("beam.smp") && !command.startsWith("redis-server")) {
                return 0;
            }
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }
}
