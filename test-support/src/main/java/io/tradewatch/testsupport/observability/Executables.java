package io.tradewatch.testsupport.observability;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** External programs (prometheus, promtool, prometheus-alertmanager, ...) found on the PATH. */
public final class Executables {

    /** The script that installs every tool the deploy checks and the end-to-end tests run. */
    public static final String INSTALL = "deploy/scripts/install-validation-tools.sh";

    private Executables() {
    }

    /** The executable {@code name} on the PATH; an {@link AssertionError} naming the install script when missing. */
    public static Path require(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("'" + name + "' is not installed: run " + INSTALL
                + " first (it installs the tools the deploy checks use)");
    }
}
