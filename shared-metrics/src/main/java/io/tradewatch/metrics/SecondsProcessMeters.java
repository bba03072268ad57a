package io.tradewatch.metrics;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The JIT compilation time and the process CPU time in seconds, Prometheus' base unit: Micrometer's binders count
 * them in milliseconds and nanoseconds, which {@link StandardMeterConventions} denies.
 */
public final class SecondsProcessMeters implements MeterBinder {

    private static final double MILLIS_PER_SECOND = 1e3;

    private static final double NANOS_PER_SECOND = 1e9;

    @Override
    public void bindTo(MeterRegistry registry) {
        CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
        if (compilation != null && compilation.isCompilationTimeMonitoringSupported()) {
            FunctionCounter
                .builder("jvm.compilation.time", compilation,
                        bean -> bean.getTotalCompilationTime() / MILLIS_PER_SECOND)
                .tag("compiler", compilation.getName())
                .baseUnit("seconds")
                .description("The approximate accumulated elapsed time spent in compilation")
                .register(registry);
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
            FunctionCounter.builder("process.cpu.time", sun, bean -> bean.getProcessCpuTime() / NANOS_PER_SECOND)
                .baseUnit("seconds")
                .description("The CPU time used by the Java virtual machine process")
                .register(registry);
        }
    }
}
