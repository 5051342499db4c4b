package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Forwarding of an accepted FHIR resource over real HTTP to the sandbox FHIR EHR. */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirForwardingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${claimbridge.ehr.sandbox.root-directory}")
    Path ehrRoot;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Path root = GatewayTestEnvironment.register(registry, "fhir-forwarding");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0");
    }

    @Test
    void patientReachesSandboxEhr() throws Exception {
        HttpResponse<String> created = FhirForwarding.postPatient(port, "FWD" + ClaimSpineContractTest.uniqueId());
        String logicalId = FhirForwarding.logicalId(created);
        Path stored = ehrRoot.resolve("fhir").resolve("Patient-" + logicalId + ".json");

        await().atMost(PATIENCE).until(() -> "SENT".equals(FhirForwarding.status(jdbc, logicalId)));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(Files.readString(stored, StandardCharsets.UTF_8)).contains("\"id\":\"" + logicalId + "\"");
        assertThat(FhirForwarding.hops(jdbc, logicalId)).endsWith("FORWARDED");
    }

    /** Posting and reading back FHIR resources on a running gateway. */
    static final class FhirForwarding {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        private FhirForwarding() {
        }

        static HttpResponse<String> postPatient(int port, String mrn) throws Exception {
            String body = """
                    {"resourceType":"Patient","identifier":[{"system":"urn:claimbridge:test-mrn","value":"%s"}],
                     "name":[{"family":"SANDBOX","given":["ALICE"]}],"gender":"female","birthDate":"1980-01-15",
                     "address":[{"line":["100 MAIN ST"],"city":"SPRINGFIELD","state":"IL","postalCode":"62701"}]}"""
                    .formatted(mrn);
            String apiKey = Files.readAllLines(Path.of("certs-sample/sandbox-api-key")).get(0).trim();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/fhir/r4/Patient"))
                    .header("Content-Type", "application/fhir+json")
                    .header("X-API-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }

        static String logicalId(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElseThrow();
            String path = location.substring(location.indexOf("/Patient/") + "/Patient/".length());
            return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        }

        static String status(JdbcTemplate jdbc, String logicalId) {
            return jdbc.queryForObject("SELECT forward_status FROM fhir_resource WHERE logical_id = ?", String.class,
                    logicalId);
        }

        static List<String> hops(JdbcTemplate jdbc, String logicalId) {
            return jdbc.queryForList("SELECT a.hop FROM audit_event a JOIN fhir_resource r ON r.message_id ="
                    + " a.message_id WHERE r.logical_id = ? ORDER BY a.id", String.class, logicalId);
        }
    }
}
