import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver that keeps what it is sent: every POST body is written, byte for byte, to
 * {@code <dir>/notification-<n>.json}, and answered 200. Used by scripts/capture-alertmanager-payloads.sh.
 * Usage: {@code java CaptureWebhook.java <dir> <port-file>}; it listens on 127.0.0.1, on a free port that it
 * writes to the port file, until it is stopped.
 */
public final class CaptureWebhook {

    private CaptureWebhook() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java CaptureWebhook.java <dir> <port-file>");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        AtomicInteger count = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readAllBytes();
                if ("POST".equals(exchange.getRequestMethod())) {
                    Path file = dir.resolve("notification-" + count.incrementAndGet() + ".json");
                    Files.write(file, bytes);
                    System.out.println("captured " + file + " (" + bytes.length + " bytes, " + exchange.getRequestURI() + ")");
                }
                exchange.sendResponseHeaders(200, -1);
            }
            finally {
                exchange.close();
            }
        });
        server.start();
        Files.writeString(Path.of(args[1]), Integer.toString(server.getAddress().getPort()));
        System.out.println("listening on 127.0.0.1:" + server.getAddress().getPort());
    }
}
