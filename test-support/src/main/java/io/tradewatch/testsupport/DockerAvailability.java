package io.tradewatch.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Asks once per JVM whether a Docker engine answers. {@code TRADEWATCH_TESTS_DOCKER=false} (or the
 * system property {@code tradewatch.tests.docker=false}) skips the probe and uses the local servers.
 */
public final class DockerAvailability {

    private static volatile Boolean available;

    private DockerAvailability() {
    }

    public static boolean isAvailable() {
        Boolean answer = available;
        if (answer == null) {
            synchronized (DockerAvailability.class) {
                answer = available;
                if (answer == null) {
                    answer = probe();
                    available = answer;
                }
            }
        }
        return answer;
    }

    private static boolean probe() {
        String setting = System.getProperty("tradewatch.tests.docker", System.getenv("TRADEWATCH_TESTS_DOCKER"));
        if ("false".equalsIgnoreCase(setting)) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }
}
