package org.claimbridge.eligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/** A tiny HTTPS server on 127.0.0.1 with the sandbox certificate and one handler, for client failure tests. */
final class FakeCoreEndpoint implements AutoCloseable {

    private final HttpsServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    FakeCoreEndpoint(HttpHandler handler) {
        try {
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(
                TlsContexts.server(SandboxFixture.KEY_STORE, SandboxFixture.KEY_STORE_PASSWORD)));
        server.createContext(SandboxEligibilityServer.PATH, handler);
        server.setExecutor(workers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
