package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.observability.Executables;

import static org.assertj.core.api.Assertions.fail;

/**
 * The external tools the checks run (promtool, amtool, Prometheus, Alertmanager, kubectl, node,
 * docker-compose): found on the PATH, or the test fails naming the script that installs them.
 */
final class Tools {

    static final String INSTALL = Executables.INSTALL;

    private Tools() {
    }

    /** The executable {@code name} on the PATH; fails the test with the install script when it is missing. */
    static Path require(String name) {
        return Executables.require(name);
    }

    /** The npm packages of deploy/tools; fails the test with the install script when they are missing. */
    static Path nodeTools() {
        Path tools = DeployPaths.deploy().resolve("tools");
        if (!Files.isDirectory(tools.resolve("node_modules/kubernetes-models"))
                || !Files.isDirectory(tools.resolve("node_modules/typescript"))) {
            return fail("the npm packages of deploy/tools are not installed: run %s first", INSTALL);
        }
        return tools;
    }

    /** Runs a tool to completion within {@code timeout}, from {@code directory}, and returns its result. */
    static Result run(Path directory, Duration timeout, Map<String, String> environment, List<String> command) {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, require(command.get(0)).toString());
        try {
            Path output = Files.createTempFile("tool-", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(resolved).directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    fail("%s did not finish within %s", String.join(" ", command), timeout);
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                        String.join(" ", command));
            }
            finally {
                Files.deleteIfExists(output);
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("could not run " + command, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, ex);
        }
    }

    static Result run(Path directory, List<String> command) {
        return run(directory, Duration.ofMinutes(2), Map.of(), command);
    }

    /** What a tool printed (stdout and stderr together) and its exit code. */
    record Result(int exitCode, String output, String command) {

        /** This result, after failing the test with the tool's output unless it exited 0. */
        Result assertSuccess() {
            if (exitCode != 0) {
                fail("%s exited %d:%n%s", command, exitCode, output);
            }
            return this;
        }
    }
}
