package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox endpoint's responses to CORE envelopes that are not a valid real-time 270. */
class SandboxCoreEnvelopeTest {

    @TempDir
    Path root;

    private SandboxEligibilityServer server;
    private HttpClient http;

    @BeforeEach
    void startServer() {
        server = SandboxFixture.server(root);
        server.start(0);
        http = HttpClient.newBuilder()
                .sslContext(TlsContexts.client(SandboxFixture.CERTIFICATE, null))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private static Map<String, String> validEnvelope(String payloadId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PayloadType", "X12_270_Request_005010X279A1");
        fields.put("ProcessingMode", "RealTime");
        fields.put("PayloadID", payloadId);
        fields.put("TimeStamp", "2025-03-04T10:15:00Z");
        fields.put("SenderID", "CLAIMBRIDGE");
        fields.put("ReceiverID", "SBXCLEARING");
        fields.put("CORERuleVersion", "2.2.0");
        fields.put("Payload", new Eligibility270Writer(EligibilityRequests.PARTIES, "CLAIMBRDG").write(
                EligibilityRequests.activeSubscriber(), new InquiryControl(7, "T7", EligibilityRequests.CREATED_AT)));
        return fields;
    }

    private HttpResponse<byte[]> post(Map<String, String> fields) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(SandboxFixture.endpoint(server.port()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", CoreMultipart.contentType("b0"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(CoreMultipart.encode("b0", fields)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> fields(HttpResponse<byte[]> response) {
        return CoreMultipart.decode(response.headers().firstValue("Content-Type").orElseThrow(), response.body());
    }

    @Test
    void validEnvelopeGets271() throws Exception {
        HttpResponse<byte[]> response = post(validEnvelope("p-valid"));

        Map<String, String> envelope = fields(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(envelope).containsEntry("PayloadType", "X12_271_Response_005010X279A1")
                .containsEntry("ProcessingMode", "RealTime")
                .containsEntry("PayloadID", "p-valid")
                .containsEntry("SenderID", "SBXCLEARING")
                .containsEntry("ReceiverID", "CLAIMBRIDGE")
                .containsEntry("CORERuleVersion", "2.2.0")
                .containsEntry("ErrorCode", "Success");
        assertThat(envelope.get("Payload")).contains("ST*271*0001*005010X279A1~");
    }

    @Test
    void wrongPayloadTypeIsIllegal() throws Exception {
        Map<String, String> envelope = validEnvelope("p-type");
        envelope.put("PayloadType", "X12_276_Request_005010X212");

        HttpResponse<byte[]> response = post(envelope);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsEntry("PayloadType", "CoreEnvelopeError")
                .containsEntry("ErrorCode", "PayloadTypeIllegal");
    }

    @Test
    void missingPayloadIdIsRequired() throws Exception {
        Map<String, String> envelope = validEnvelope("p-none");
        envelope.remove("PayloadID");

        HttpResponse<byte[]> response = post(envelope);

        assertThat(fields(response)).containsEntry("ErrorCode", "PayloadIDRequired");
    }

    @Test
    void otherRuleVersionIsVersionMismatch() throws Exception {
        Map<String, String> envelope = validEnvelope("p-version");
        envelope.put("CORERuleVersion", "2.1.0");

        HttpResponse<byte[]> response = post(envelope);

        assertThat(fields(response)).containsEntry("ErrorCode", "VersionMismatch");
    }

    @Test
    void payloadIdWithPathIsIllegal() throws Exception {
        HttpResponse<byte[]> response = post(validEnvelope("../escape"));

        assertThat(fields(response)).containsEntry("ErrorCode", "PayloadIDIllegal");
        assertThat(Files.exists(root.resolve("escape.x12"))).isFalse();
    }

    @Test
    void repeatedPayloadIdIsIllegal() throws Exception {
        post(validEnvelope("p-twice"));

        HttpResponse<byte[]> second = post(validEnvelope("p-twice"));

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(fields(second)).containsEntry("ErrorCode", "PayloadIDIllegal");
    }

    @Test
    void payloadThatIsNot270IsStoredAndIllegal() throws Exception {
        Map<String, String> envelope = validEnvelope("p-garbage");
        envelope.put("Payload", "hello");

        HttpResponse<byte[]> response = post(envelope);

        assertThat(fields(response)).containsEntry("ErrorCode", "PayloadIllegal");
        assertThat(server.inquiryFolder().resolve("p-garbage.x12")).hasContent("hello");
    }

    @Test
    void getIsMethodNotAllowed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(SandboxFixture.endpoint(server.port())).GET().build();

        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void portIsUnavailableAfterStop() {
        server.stop();

        assertThat(server.isRunning()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(server::port)
                .isInstanceOf(IllegalStateException.class);
    }
}
