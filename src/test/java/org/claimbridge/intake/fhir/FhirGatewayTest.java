package org.claimbridge.intake.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole gateway on a random HTTP port with its own H2 database, sandbox SFTP clearinghouse and sandbox
 * eligibility endpoint on free ports, and one registered SMART Backend Services client whose EC P-384 key
 * the tests hold. All FHIR gateway tests share this one application context.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FhirGatewayTest {

    static final String CLIENT_ID = "test-backend-client";
    static final String JSON = "application/fhir+json";
    static final String XML = "application/fhir+xml";
    static final FhirContext FHIR = FhirContext.forR4Cached();

    static final Path ROOT;
    static final ECKey CLIENT_KEY;
    static final String API_KEY;

    static {
        try {
            ROOT = Files.createTempDirectory("claimbridge-fhir-");
            CLIENT_KEY = new ECKeyGenerator(Curve.P_384).keyID("test-key-1").generate();
            Files.writeString(ROOT.resolve("client.jwks.json"), new JWKSet(CLIENT_KEY.toPublicJWK()).toString());
            API_KEY = Files.readAllLines(Path.of("certs-sample/sandbox-api-key")).get(0).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) throws IOException {
        int mllpPort = freePort();
        int sftpPort = freePort();
        int eligibilityPort = freePort();
        int fhirEhrPort = freePort();
        Path knownHosts = ROOT.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + sftpPort + " "
                + Files.readString(Path.of("certs-sample/sandbox-sftp-host-key.pub")).trim() + "\n");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + ROOT.resolve("db") + ";WRITE_DELAY=0");
        registry.add("claimbridge.mllp.port", () -> mllpPort);
        registry.add("claimbridge.sandbox.sftp-port", () -> sftpPort);
        registry.add("claimbridge.clearinghouse.port", () -> sftpPort);
        registry.add("claimbridge.clearinghouse.known-hosts-file", knownHosts::toString);
        registry.add("claimbridge.sandbox.root-directory", () -> ROOT.resolve("clearinghouse").toString());
        registry.add("claimbridge.claims.flush-interval", () -> "300ms");
        registry.add("claimbridge.eligibility.sandbox.port", () -> eligibilityPort);
        registry.add("claimbridge.eligibility.endpoint", () -> "https://127.0.0.1:" + eligibilityPort
                + "/core/realtime");
        registry.add("claimbridge.eligibility.cache-time-to-live", () -> "1ms");
        registry.add("claimbridge.fhir.max-request-size", () -> "256KB");
        registry.add("claimbridge.ehr.sandbox.fhir-port", () -> fhirEhrPort);
        registry.add("claimbridge.ehr.sandbox.root-directory", () -> ROOT.resolve("ehr").toString());
        registry.add("claimbridge.ehr.fhir-base-url", () -> "");
        registry.add("claimbridge.fhir.clients[0].client-id", () -> CLIENT_ID);
        registry.add("claimbridge.fhir.clients[0].jwks-file", () -> ROOT.resolve("client.jwks.json").toString());
        registry.add("claimbridge.fhir.clients[0].scope", () -> "system/*.write system/Patient.c");
    }

    String base() {
        return "http://127.0.0.1:" + port + "/fhir/r4";
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean authenticated = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            authenticated |= headers[i].equals("X-API-Key") || headers[i].equals("Authorization");
        }
        if (!authenticated) {
            request.header("X-API-Key", API_KEY);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String body, String... headers) throws Exception {
        return post(path, JSON, body, headers);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-API-Key", API_KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    static <T extends IBaseResource> T parse(HttpResponse<String> response, Class<T> type) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        IBaseResource resource = contentType.contains("xml") ? FHIR.newXmlParser().parseResource(response.body())
                : FHIR.newJsonParser().parseResource(response.body());
        return (T) type.cast(resource);
    }

    static String sample(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/samples/fhir", name));
    }

    static String encode(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
