package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Forwarding to a FHIR EHR that answers every PUT with HTTP 500: at most 3 attempts with backoff, then DEAD. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirForwardingFaultTest {

    private static final HttpServer FAILING_EHR = start();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Path root = GatewayTestEnvironment.register(registry, "fhir-forwarding-fault");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0");
        registry.add("claimbridge.ehr.fhir-base-url", () -> "http://127.0.0.1:"
                + FAILING_EHR.getAddress().getPort() + "/fhir/r4");
    }

    @AfterAll
    static void stopEhr() {
        FAILING_EHR.stop(0);
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void serverErrorsEndDead() throws Exception {
        String logicalId = FhirForwardingTest.FhirForwarding.logicalId(
                FhirForwardingTest.FhirForwarding.postPatient(port, "DEAD" + ClaimSpineContractTest.uniqueId()));

        await().atMost(PATIENCE).until(() -> "DEAD".equals(FhirForwardingTest.FhirForwarding.status(jdbc,
                logicalId)));

        Map<String, Object> row = jdbc.queryForMap("SELECT attempts, last_error FROM fhir_resource WHERE logical_id"
                + " = ?", logicalId);
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error")).isEqualTo("attempt 3 of 3 failed: the EHR answered HTTP 500");
        assertThat(FhirForwardingTest.FhirForwarding.hops(jdbc, logicalId)).endsWith("FORWARD_FAILED",
                "FORWARD_FAILED", "DEAD_LETTERED");
    }
}
