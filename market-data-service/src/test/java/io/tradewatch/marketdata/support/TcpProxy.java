package io.tradewatch.marketdata.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder standing between a second application instance and the shared RabbitMQ, so a
 * test can make the broker unreachable for that instance alone (connections reset, port closed) and then
 * reachable again on the same port, without touching the broker other engineers use.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;

    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private volatile ServerSocket server;

    private int port;

    public TcpProxy(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
    }

    /** Listens (again) on 127.0.0.1, on the same port as before if it listened already; no-op while listening. */
    public synchronized TcpProxy start() throws IOException {
        if (server != null && !server.isClosed()) {
            return this;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress("127.0.0.1", port));
        port = listening.getLocalPort();
        server = listening;
        Thread.ofVirtual().name("tcp-proxy-accept").start(() -> accept(listening));
        return this;
    }

    public int port() {
        return port;
    }

    /** Closes the port and resets every forwarded connection, as a dead broker host would look. */
    public synchronized void stop() throws IOException {
        ServerSocket listening = server;
        if (listening != null) {
            listening.close();
        }
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            }
            catch (IOException ex) {
                // already closed by the other side
            }
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 2_000);
                }
                catch (IOException ex) {
                    closeQuietly(client);
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            }
            catch (IOException ex) {
                // the listening socket was closed, or the target refused: the client sees a reset
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        }
        catch (IOException ex) {
            // one side went away; closing both below ends the other pump too
        }
        finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // nothing left to do
        }
    }
}
