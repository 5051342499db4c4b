package org.claimbridge.ehr;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.claimbridge.sandbox.SandboxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox FHIR EHR: an HTTP server on 127.0.0.1 that stores the body of every {@code PUT /fhir/r4/<Type>/<id>}
 * as {@code <root>/<Type>-<id>.json} and answers 201 when the file is new, 200 when it replaced one. Other
 * methods get 405, other paths 404. Spring-free; {@link SandboxFhirEhrLifecycle} runs it inside the gateway.
 */
public final class SandboxFhirEhrServer implements SandboxServer {

    /** Path prefix of the FHIR base URL the server answers. */
    public static final String BASE_PATH = "/fhir/r4/";
    /** Largest body accepted: 5 MiB; a larger one gets 413. */
    static final int MAX_BODY_BYTES = 5 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxFhirEhrServer.class);
    private static final Pattern RESOURCE = Pattern.compile("([A-Z][A-Za-z]{1,39})/([A-Za-z0-9.\\-]{1,64})");

    private final Path rootDirectory;
    private HttpServer server;
    private ExecutorService workers;

    /** @param rootDirectory the folder that receives the resources; created on start */
    public SandboxFhirEhrServer(Path rootDirectory) {
        this.rootDirectory = Objects.requireNonNull(rootDirectory, "rootDirectory").toAbsolutePath().normalize();
    }

    /**
     * Creates the folder and listens on 127.0.0.1.
     *
     * @param port TCP port, or 0 for a free one (see {@link #port()})
     * @throws IllegalStateException when the folder cannot be created or the port cannot be bound
     */
    @Override
    public synchronized void start(int port) {
        if (server != null) {
            throw new IllegalStateException("Sandbox FHIR EHR is already running on port " + port());
        }
        try {
            Files.createDirectories(rootDirectory);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("Sandbox FHIR EHR cannot start on 127.0.0.1:" + port + " with folder "
                    + rootDirectory + " (" + e + "); set claimbridge.ehr.sandbox.fhir-port to a free port and"
                    + " claimbridge.ehr.sandbox.root-directory to a writable folder", e);
        }
        workers = Executors.newFixedThreadPool(4);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("Sandbox FHIR EHR listening on 127.0.0.1:{}, storing resources in {}", port(), rootDirectory);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Returns the bound port. */
    public synchronized int port() {
        return server.getAddress().getPort();
    }

    /** Returns the folder where resources are stored. */
    public Path rootDirectory() {
        return rootDirectory;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher resource = path.startsWith(BASE_PATH) ? RESOURCE.matcher(path.substring(BASE_PATH.length()))
                    : null;
            if (resource == null || !resource.matches()) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!"PUT".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "PUT");
                exchange.sendResponseHeaders(405, -1);
            } else {
                store(exchange, resource.group(1), resource.group(2));
            }
        }
    }

    private void store(HttpExchange exchange, String type, String id) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            exchange.sendResponseHeaders(413, -1);
            return;
        }
        Path file = rootDirectory.resolve(type + "-" + id + ".json");
        boolean existed = Files.exists(file);
        Path temporary = Files.createTempFile(rootDirectory, type + "-", ".part");
        Files.write(temporary, body);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Sandbox FHIR EHR stored {}/{} ({} bytes)", type, id, body.length);
        exchange.sendResponseHeaders(existed ? 200 : 201, -1);
    }
}
