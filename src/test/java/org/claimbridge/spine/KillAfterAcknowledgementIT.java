package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Kills the packaged gateway with SIGKILL while messages stream in, then checks that every message
 * acknowledged with AA before the kill is in the database. Runs the real jar, so it is an integration
 * test that needs {@code mvn verify}.
 */
class KillAfterAcknowledgementIT {

    private static final int SENDERS = 4;

    @Test
    void h2KeepsEveryAcknowledgedMessage() throws Exception {
        Path root = Files.createTempDirectory("claimbridge-kill-h2-");
        String url = "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0";

        Set<String> acknowledged = runAndKill(root, url, "sa", "");

        assertThat(acknowledged).hasSizeGreaterThan(20);
        assertThat(storedControlIds(url, "sa", "", acknowledged)).containsAll(acknowledged);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "CLAIMBRIDGE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void postgresKeepsEveryAcknowledgedMessage() throws Exception {
        Path root = Files.createTempDirectory("claimbridge-kill-pg-");
        String base = System.getenv("CLAIMBRIDGE_TEST_POSTGRES_URL");
        String schema = "kill_" + Long.toHexString(System.nanoTime());
        // An own schema, which the gateway's Flyway creates, keeps runs of branches with other migrations apart.
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String user = System.getenv("CLAIMBRIDGE_TEST_POSTGRES_USER");
        String password = System.getenv("CLAIMBRIDGE_TEST_POSTGRES_PASSWORD");

        Set<String> acknowledged = runAndKill(root, url, user, password);

        assertThat(acknowledged).hasSizeGreaterThan(20);
        assertThat(storedControlIds(url, user, password, acknowledged)).containsAll(acknowledged);
    }

    private Set<String> runAndKill(Path root, String url, String user, String password) throws Exception {
        int mllpPort = freePort();
        Process gateway = startGateway(root, url, user, password, mllpPort, freePort());
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> canConnect(mllpPort));
            for (int i = 0; i < SENDERS; i++) {
                senders.submit(() -> sendUntilStopped(mllpPort, sending, acknowledged));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 200);

            gateway.destroyForcibly();
            assertThat(gateway.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            sending.set(false);
            senders.shutdownNow();
            senders.awaitTermination(30, TimeUnit.SECONDS);
            gateway.destroyForcibly();
        }
        return new HashSet<>(acknowledged);
    }

    private static Void sendUntilStopped(int port, AtomicBoolean sending, ConcurrentLinkedQueue<String> acknowledged) {
        try (MllpTestClient client = new MllpTestClient(port)) {
            while (sending.get()) {
                String controlId = ClaimSpineContractTest.uniqueId();
                String visit = "K" + ClaimSpineContractTest.uniqueId().substring(0, 12);
                client.sendInOneWrite(List.of(Hl7TestMessages.cleanDftP03(controlId, visit)));
                String acknowledgement = client.readAcknowledgements(1).get(0);
                if ("AA".equals(MllpTestClient.msa(acknowledgement, 1))) {
                    acknowledged.add(controlId);
                }
            }
        } catch (IOException expectedWhenKilled) {
            // The connection breaks when the gateway is killed; messages without an AA are not counted.
        }
        return null;
    }

    private static Process startGateway(Path root, String url, String user, String password, int mllpPort,
            int sftpPort) throws IOException {
        Path jar = Path.of("target/claimbridge.jar");
        assertThat(jar).as("packaged gateway; run with mvn verify").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--claimbridge.mllp.port=" + mllpPort,
                "--claimbridge.sandbox.sftp-port=" + sftpPort,
                "--claimbridge.clearinghouse.port=" + sftpPort,
                "--claimbridge.sandbox.root-directory=" + root.resolve("clearinghouse"),
                "--claimbridge.eligibility.sandbox.port=0",
                "--claimbridge.ehr.sandbox.port=0",
                "--claimbridge.ehr.sandbox.fhir-port=0",
                "--claimbridge.ehr.fhir-base-url=",
                "--claimbridge.ehr.sandbox.root-directory=" + root.resolve("ehr"),
                "--server.port=0"));
        String schema = schemaOf(url);
        if (schema != null) {
            command.add("--spring.flyway.schemas=" + schema);
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("gateway.log").toFile())
                .start();
    }

    /** Returns the currentSchema parameter of a PostgreSQL URL, or null when it has none. */
    private static String schemaOf(String url) {
        int start = url.indexOf("currentSchema=");
        return start < 0 ? null : url.substring(start + "currentSchema=".length()).split("&")[0];
    }

    private static Set<String> storedControlIds(String url, String user, String password, Set<String> expected)
            throws Exception {
        Set<String> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT control_id FROM inbound_message WHERE control_id = ?")) {
            for (String controlId : expected) {
                query.setString(1, controlId);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
            }
        }
        return stored;
    }

    private static boolean canConnect(int port) throws IOException {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
