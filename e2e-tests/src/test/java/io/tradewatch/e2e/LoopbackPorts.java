package io.tradewatch.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports of 127.0.0.1 for the run's servers, taken below Linux's ephemeral range (32768-60999): a port the kernel
 * hands out for outgoing connections (every test and build on the machine makes many) can be taken between the
 * moment it is found free and the moment a service binds it. Never the same port twice in one run.
 */
final class LoopbackPorts {

    private static final int LOWEST = 20000;

    private static final int HIGHEST = 32767;

    private static final Set<Integer> GIVEN = new HashSet<>();

    private LoopbackPorts() {
    }

    static synchronized int next() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            if (!GIVEN.contains(port) && bindable(port)) {
                GIVEN.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port of 127.0.0.1 between " + LOWEST + " and " + HIGHEST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }
}
