package io.tradewatch.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service started from its jar in a process of its own, for benchmarks that measure against the real
 * service: its output goes to a temporary log file, its CPU time is read from {@code /proc/<pid>/stat}, and
 * it is stopped by its PID (SIGTERM, then SIGKILL after 30 s).
 */
public final class ServiceJar implements AutoCloseable {

    private static final long NANOS_PER_TICK = 10_000_000L; // Linux USER_HZ: 100 ticks per second

    private final Process process;

    private final File log;

    private ServiceJar(Process process, File log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar jar args...} with this JVM's java, logging quietly to a temporary file. */
    public static ServiceJar start(String jar, List<String> args) throws IOException {
        List<String> quietArgs = new ArrayList<>(List.of("--logging.level.root=WARN"));
        quietArgs.addAll(args);
        String name = Path.of(jar).getFileName().toString().replaceAll("-\\d.*", "");
        File log = File.createTempFile("bench-" + name + "-", ".log");
        System.out.println(name + " log: " + log);
        return start(jar, List.of(), quietArgs, log.toPath());
    }

    /**
     * Starts {@code java jvmOptions... -jar jar args...} with this JVM's java, its standard output and error
     * going to {@code log}.
     */
    public static ServiceJar start(String jar, List<String> jvmOptions, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServiceJar(process, log.toFile());
    }

    /** Resident memory of the process now, in bytes, from {@code /proc/PID/status} (VmRSS). */
    public long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no VmRSS for pid " + process.pid()));
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read the memory of pid " + process.pid(), ex);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public File log() {
        return log;
    }

    /** User and system CPU time of the process so far. */
    public long cpuNanos() {
        return cpuNanosOf(process.pid());
    }

    /** User and system CPU time so far of any process on this (Linux) machine, from {@code /proc/PID/stat}. */
    public static long cpuNanosOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": utime and stime are the 12th and 13th fields (14 and 15 of the whole line)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read the CPU time of pid " + pid, ex);
        }
    }

    /** The process named {@code name} in {@code /proc/PID/comm} (say {@code beam.smp}), if exactly one runs. */
    public static java.util.OptionalLong pidOf(String name) {
        long[] pids = ProcessHandle.allProcesses()
            .mapToLong(ProcessHandle::pid)
            .filter(pid -> {
                try {
                    return Files.readString(Path.of("/proc/" + pid + "/comm")).strip().equals(name);
                }
                catch (IOException ex) {
                    return false; // gone meanwhile, or not readable
                }
            })
            .toArray();
        return (pids.length == 1) ? java.util.OptionalLong.of(pids[0]) : java.util.OptionalLong.empty();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A port nothing listens on at the moment of the call. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
