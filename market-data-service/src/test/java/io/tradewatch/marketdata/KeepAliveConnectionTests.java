package io.tradewatch.marketdata;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A client that sends its requests one after another on one HTTP/1.1 keep-alive connection (as a gateway's
 * connection pool or any HTTP client does) gets every answer. Reactor Netty 1.3.6 stopped reading such a
 * connection after a few to a few hundred requests whose answer completes off the HTTP event loop (here: after
 * a Redis read), so the next request waited forever (reactor/reactor-netty#4361); the build pins 1.3.8.
 */
class KeepAliveConnectionTests extends MarketDataIntegrationTest {

    private static final int REQUESTS = 3_000;

    private static final String REQUEST = "GET /api/market/quotes/BTCUSDT HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Accept: application/json\r\n\r\n";

    @Test
    void everyRequestOnOneKeepAliveConnectionIsAnswered() throws IOException {
        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(get(port, "/api/market/quotes/BTCUSDT").statusCode()).isEqualTo(200));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < REQUESTS; i++) {
                out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                try {
                    Answer answer = Answer.read(in);
                    assertThat(answer.status()).as("status of request %d", i).isEqualTo(200);
                    assertThat(answer.body()).as("body of request %d", i).contains("\"symbol\":\"BTCUSDT\"");
                }
                catch (SocketTimeoutException ex) {
                    fail("request " + i + " of " + REQUESTS + " on the same connection got no answer within 5 s");
                }
            }
        }
    }

    /** One HTTP/1.1 response with a Content-Length body. */
    private record Answer(int status, String body) {

        static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
            }
            assertThat(length).as("Content-Length of a quote (the answer is not chunked)").isNotNegative();
            return new Answer(status, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }
}
