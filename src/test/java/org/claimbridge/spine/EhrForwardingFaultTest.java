package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Forwarding to an EHR that fails: the gateway's EHR is a {@link FakeEhr} with scripted acknowledgements, at most
 * 3 attempts with backoff starting at 200 ms. Registrations without an IN1 are forwarded right after intake.
 */
@CamelSpringBootTest
@SpringBootTest
class EhrForwardingFaultTest {

    private static final FakeEhr EHR = start();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;

    @Value("${claimbridge.mllp.port}")
    int mllpPort;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Path root = GatewayTestEnvironment.register(registry, "ehr-fault");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0");
        registry.add("claimbridge.ehr.sandbox.enabled", () -> false);
        registry.add("claimbridge.ehr.port", EHR::port);
    }

    @AfterAll
    static void stopEhr() throws IOException {
        EHR.close();
    }

    private static FakeEhr start() {
        try {
            return new FakeEhr();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void droppedConnectionEndsDeadLettered() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        EHR.script(controlId, List.of(FakeEhr.Reply.CLOSE));

        Map<String, Object> row = forward(controlId, "DEAD");

        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error")).startsWith("attempt 3 of 3 failed: ");
        assertThat(hops(controlId)).containsExactly("FORWARD_FAILED", "FORWARD_FAILED", "DEAD_LETTERED");
    }

    @Test
    void retriesBackOffExponentially() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        EHR.script(controlId, List.of(new FakeEhr.Reply("AR", null)));

        forward(controlId, "DEAD");

        List<String> details = jdbc.queryForList("SELECT detail FROM audit_event WHERE control_id = ?"
                + " AND hop = 'FORWARD_FAILED' ORDER BY id", String.class, controlId);
        assertThat(details.get(0)).contains("attempt 1, next in 200 ms");
        assertThat(details.get(1)).contains("attempt 2, next in 400 ms");
    }

    @Test
    void rejectThenAcceptIsRetried() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        EHR.script(controlId, List.of(new FakeEhr.Reply("AR", null), new FakeEhr.Reply("AA", null)));

        Map<String, Object> row = forward(controlId, "SENT");

        assertThat(row.get("attempts")).isEqualTo(2);
        assertThat(row.get("ack_code")).isEqualTo("AA");
        assertThat(hops(controlId)).containsExactly("FORWARD_FAILED", "FORWARDED");
    }

    @Test
    void wrongMsa2IsNeverAccepted() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        EHR.script(controlId, List.of(new FakeEhr.Reply("AA", "SOMEOTHERID")));

        Map<String, Object> row = forward(controlId, "DEAD");

        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error"))
                .contains("MSA-2 SOMEOTHERID does not match the forwarded MSH-10 " + controlId);
    }

    @Test
    void contentErrorIsDeadLetteredAtOnce() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        EHR.script(controlId, List.of(new FakeEhr.Reply("AE", null)));

        Map<String, Object> row = forward(controlId, "DEAD");

        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("ack_code")).isEqualTo("AE");
        assertThat(hops(controlId)).containsExactly("DEAD_LETTERED");
    }

    @Test
    void commitAcceptIsAccepted() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        EHR.script(controlId, List.of(new FakeEhr.Reply("CA", null)));

        Map<String, Object> row = forward(controlId, "SENT");

        assertThat(row.get("ack_code")).isEqualTo("CA");
    }

    /** Sends a registration without coverage and waits until its outbox row reaches the status. */
    private Map<String, Object> forward(String controlId, String status) throws IOException {
        String adt = IntakeFlowContractTest.withoutInsurance(
                Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER));
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(List.of(adt));
            assertThat(MllpTestClient.msa(client.readAcknowledgements(1).get(0), 1)).isEqualTo("AA");
        }
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> outboxOf(controlId),
                row -> status.equals(row.get("status")));
    }

    private Map<String, Object> outboxOf(String controlId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT o.status, o.attempts, o.last_error, o.ack_code"
                + " FROM ehr_outbox o JOIN inbound_message m ON m.id = o.message_id WHERE m.control_id = ?",
                controlId);
        Map<String, Object> lower = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            rows.get(0).forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
        }
        return lower;
    }

    private List<String> hops(String controlId) {
        return jdbc.queryForList("SELECT hop FROM audit_event WHERE control_id = ? AND hop IN"
                + " ('FORWARD_FAILED', 'DEAD_LETTERED', 'FORWARDED') ORDER BY id", String.class, controlId);
    }
}
