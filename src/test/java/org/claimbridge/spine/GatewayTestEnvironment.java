package org.claimbridge.spine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings for a gateway started inside a test: free ports (MLLP, sandbox SFTP, sandbox eligibility endpoint
 * sandbox EHR and sandbox FHIR EHR), its own folders, a known_hosts entry for the sandbox SFTP server's test port, and short timers so
 * claims flush, checks run and messages are forwarded within a second.
 */
final class GatewayTestEnvironment {

    private GatewayTestEnvironment() {
    }

    static Path register(DynamicPropertyRegistry registry, String name) {
        try {
            Path root = Files.createTempDirectory("claimbridge-" + name + "-");
            int mllpPort = freePort();
            int sftpPort = freePort();
            int eligibilityPort = freePort();
            int ehrPort = freePort();
            int fhirEhrPort = freePort();
            Path knownHosts = root.resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + sftpPort + " "
                    + Files.readString(Path.of("certs-sample/sandbox-sftp-host-key.pub")).trim() + "\n");

            registry.add("claimbridge.mllp.port", () -> mllpPort);
            registry.add("claimbridge.sandbox.sftp-port", () -> sftpPort);
            registry.add("claimbridge.clearinghouse.port", () -> sftpPort);
            registry.add("claimbridge.clearinghouse.known-hosts-file", knownHosts::toString);
            registry.add("claimbridge.sandbox.root-directory", () -> root.resolve("clearinghouse").toString());
            registry.add("claimbridge.claims.flush-interval", () -> "300ms");
            registry.add("claimbridge.clearinghouse.retry-initial-delay", () -> "200ms");
            registry.add("claimbridge.clearinghouse.retry-max-delay", () -> "1s");
            registry.add("claimbridge.eligibility-checks.poll-interval", () -> "200ms");
            // Each cached gateway context needs its own sandbox ports; two on 9443 fail to start.
            registry.add("claimbridge.eligibility.sandbox.port", () -> eligibilityPort);
            registry.add("claimbridge.eligibility.endpoint",
                    () -> "https://127.0.0.1:" + eligibilityPort + "/core/realtime");
            registry.add("claimbridge.ehr.port", () -> ehrPort);
            registry.add("claimbridge.ehr.sandbox.port", () -> ehrPort);
            registry.add("claimbridge.ehr.sandbox.root-directory", () -> root.resolve("ehr").toString());
            registry.add("claimbridge.ehr.poll-interval", () -> "200ms");
            registry.add("claimbridge.ehr.retry-initial-delay", () -> "200ms");
            registry.add("claimbridge.ehr.retry-max-delay", () -> "1s");
            registry.add("claimbridge.ehr.response-timeout", () -> "5s");
            registry.add("claimbridge.ehr.max-attempts", () -> 3);
            registry.add("claimbridge.ehr.sandbox.fhir-port", () -> fhirEhrPort);
            registry.add("claimbridge.ehr.fhir-base-url", () -> "http://127.0.0.1:" + fhirEhrPort + "/fhir/r4");
            registry.add("server.port", () -> 0);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points the gateway to the PostgreSQL test database from CLAIMBRIDGE_TEST_POSTGRES_URL, _USER and _PASSWORD,
     * in a new schema that Flyway creates and migrates, so runs of branches with other migrations can share the
     * database.
     */
    static void usePostgres(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> System.getenv("CLAIMBRIDGE_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv("CLAIMBRIDGE_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("CLAIMBRIDGE_TEST_POSTGRES_PASSWORD"));
        String schema = name + "_" + Long.toHexString(System.nanoTime());
        registry.add("spring.datasource.hikari.schema", () -> schema);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
