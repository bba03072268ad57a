package io.tradewatch.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and the deploy module are, wherever Maven runs the tests from. */
final class DeployPaths {

    private DeployPaths() {
    }

    /** The deploy module's directory. */
    static Path deploy() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        if (Files.isDirectory(dir.resolve("deploy/k8s"))) {
            return dir.resolve("deploy");
        }
        if (Files.isDirectory(dir.resolve("k8s")) && dir.getFileName().toString().equals("deploy")) {
            return dir;
        }
        throw new IllegalStateException("cannot find deploy/k8s from " + dir);
    }

    /** The repository root (the parent of deploy/). */
    static Path root() {
        return deploy().getParent();
    }

    static Path of(String relativeToDeploy) {
        return deploy().resolve(relativeToDeploy);
    }
}
