package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.claimbridge.ehr.SandboxEhrLifecycle;
import org.claimbridge.eligibility.SandboxEligibilityLifecycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations and appointments end to end on real components: MLLP in, the eligibility check against the
 * embedded sandbox CORE endpoint over HTTPS, and the hold of a claim whose coverage was flagged. Subclasses choose
 * the database. The sandbox endpoint reads its members from src/test/resources/sandbox/intake-roster.csv.
 */
abstract class IntakeFlowContractTest {

    static final String ROSTER = "src/test/resources/sandbox/intake-roster.csv";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CamelContext camel;

    @Autowired
    SandboxEligibilityLifecycle eligibilitySandbox;

    @Autowired
    SandboxEhrLifecycle ehrSandbox;

    @Value("${claimbridge.mllp.port}")
    int mllpPort;

    @Test
    void activeMemberIsCheckedAfterAcknowledgement() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        String acknowledgement = sendRaw(admittedOn("20261210",
                Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER)));

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AA");
        Map<String, Object> check = awaitCheck(controlId);
        assertThat(check.get("status")).isEqualTo("ACTIVE");
        assertThat(check.get("flagged")).isEqualTo(false);
        assertThat(check.get("plan_begin")).hasToString("2024-01-01");
        assertThat(check.get("plan_end")).hasToString("2027-12-31");
        assertThat(check.get("copay")).hasToString("25.00");
        assertThat(check.get("deductible")).hasToString("1500.00");
        assertThat(check.get("interchange_control")).isNotNull();
        assertThat(check.get("response_control")).isNotNull();
    }

    @Test
    void memberIdIsStoredOnlyAsHash() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        sendRaw(admittedOn("20261211", Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER)));

        Map<String, Object> check = awaitCheck(controlId);
        assertThat((String) check.get("member_id_hash")).hasSize(64)
                .doesNotContain(Hl7TestMessages.ACTIVE_MEMBER.memberId());
        assertThat(new String((byte[]) check.get("inquiry"), StandardCharsets.ISO_8859_1))
                .doesNotContain(Hl7TestMessages.ACTIVE_MEMBER.memberId());
    }

    @Test
    void equalInquiryReusesCachedResult() throws Exception {
        String first = ClaimSpineContractTest.uniqueId();
        String second = ClaimSpineContractTest.uniqueId();
        sendRaw(admittedOn("20261212", Hl7TestMessages.adtA04(first, Hl7TestMessages.ACTIVE_MEMBER)));
        awaitCheck(first);

        sendRaw(admittedOn("20261212", Hl7TestMessages.adtA04(second, Hl7TestMessages.ACTIVE_MEMBER)));

        Map<String, Object> check = awaitCheck(second);
        assertThat(check.get("status")).isEqualTo("ACTIVE");
        assertThat(check.get("interchange_control")).isNull();
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE control_id = ?"
                + " AND hop = 'ELIGIBILITY_CHECKED'", String.class, second)).contains("reused from the cache");
    }

    @Test
    void eachExchangeIsAudited() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        sendRaw(Hl7TestMessages.siuS12(controlId, Hl7TestMessages.ACTIVE_MEMBER, "20261215"));

        Map<String, Object> check = awaitCheck(controlId);
        List<Map<String, Object>> audits = jdbc.queryForList("SELECT hop, outcome, actor, detail FROM audit_event"
                + " WHERE control_id = ? AND hop LIKE 'ELIGIBILITY%' ORDER BY id", controlId);
        assertThat(audits).extracting(row -> row.get("hop") + " " + row.get("outcome"))
                .containsExactly("ELIGIBILITY_QUEUED PENDING", "ELIGIBILITY_CHECKED ACTIVE");
        assertThat((String) audits.get(1).get("actor")).startsWith("core 127.0.0.1:");
        assertThat((String) audits.get(1).get("detail"))
                .contains("270 ISA13 " + check.get("interchange_control"))
                .doesNotContain(Hl7TestMessages.ACTIVE_MEMBER.memberId())
                .doesNotContain(Hl7TestMessages.ACTIVE_MEMBER.lastName());
    }

    @Test
    void sent270IsStoredBySandbox() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        sendRaw(Hl7TestMessages.siuS12(controlId, Hl7TestMessages.ACTIVE_MEMBER, "20261216"));

        Map<String, Object> check = awaitCheck(controlId);
        String x12 = Files.readString(eligibilitySandbox.server().inquiryFolder()
                .resolve(check.get("payload_id") + ".x12"), StandardCharsets.ISO_8859_1);
        assertThat(x12).contains("ISA*").contains("*" + String.format("%09d", (Long) check.get("interchange_control"))
                + "*");
        assertThat(x12).contains("NM1*IL*1*SANDBOX*ALICE****MI*SBX1000001~");
        assertThat(x12).contains("DTP*291*D8*20261216~");
    }

    @Test
    void unknownMemberIsFlaggedWithAaa75() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        Hl7TestMessages.Member stranger = new Hl7TestMessages.Member("SBX01", "SBX9999999", "NOBODY", "NOEL",
                "19700101");

        sendRaw(Hl7TestMessages.adtA04(controlId, stranger));

        Map<String, Object> check = awaitCheck(controlId);
        assertThat(check.get("status")).isEqualTo("UNKNOWN_MEMBER");
        assertThat(check.get("flagged")).isEqualTo(true);
        assertThat(check.get("reasons")).isEqualTo("2100C:75:C");
    }

    @Test
    void inactiveMemberClaimIsHeld() throws Exception {
        String appointment = ClaimSpineContractTest.uniqueId();
        sendRaw(Hl7TestMessages.siuS12(appointment, Hl7TestMessages.INACTIVE_MEMBER, "20261120"));
        Map<String, Object> check = awaitCheck(appointment);
        String claimControlId = ClaimSpineContractTest.uniqueId();
        String visit = "V" + ClaimSpineContractTest.uniqueId().substring(0, 12);

        String acknowledgement = sendRaw(Hl7TestMessages.dftP03For(claimControlId, visit,
                Hl7TestMessages.INACTIVE_MEMBER, "20261120"));

        assertThat(check.get("status")).isEqualTo("INACTIVE");
        assertThat(check.get("flagged")).isEqualTo(true);
        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AA");
        Map<String, Object> claim = claimOf(claimControlId);
        assertThat(claim.get("status")).isEqualTo("HELD");
        assertThat((String) claim.get("hold_reason")).startsWith("eligibility INACTIVE on 2026-11-20")
                .contains("270 ISA13 " + check.get("interchange_control"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE claim_id = ? AND hop = 'HELD'",
                Integer.class, claim.get("id"))).isEqualTo(1);
    }

    @Test
    void heldClaimIsNotBatched() throws Exception {
        String appointment = ClaimSpineContractTest.uniqueId();
        sendRaw(Hl7TestMessages.siuS12(appointment, Hl7TestMessages.INACTIVE_MEMBER, "20261121"));
        awaitCheck(appointment);
        String heldControlId = ClaimSpineContractTest.uniqueId();
        String readyControlId = ClaimSpineContractTest.uniqueId();

        sendRaw(Hl7TestMessages.dftP03For(heldControlId, "V" + ClaimSpineContractTest.uniqueId().substring(0, 12),
                Hl7TestMessages.INACTIVE_MEMBER, "20261121"));
        sendRaw(Hl7TestMessages.cleanDftP03(readyControlId, "V" + ClaimSpineContractTest.uniqueId().substring(0, 12)));

        await().atMost(PATIENCE).until(() -> claimOf(readyControlId).get("interchange_id") != null);
        assertThat(claimOf(heldControlId).get("status")).isEqualTo("HELD");
        assertThat(claimOf(heldControlId).get("interchange_id")).isNull();
    }

    @Test
    void otherDateOfServiceIsNotHeld() throws Exception {
        String appointment = ClaimSpineContractTest.uniqueId();
        sendRaw(Hl7TestMessages.siuS12(appointment, Hl7TestMessages.INACTIVE_MEMBER, "20261122"));
        awaitCheck(appointment);
        String claimControlId = ClaimSpineContractTest.uniqueId();

        sendRaw(Hl7TestMessages.dftP03For(claimControlId, "V" + ClaimSpineContractTest.uniqueId().substring(0, 12),
                Hl7TestMessages.INACTIVE_MEMBER, "20261123"));

        assertThat(claimOf(claimControlId).get("status")).isNotEqualTo("HELD");
    }

    @Test
    void readyClaimIsHeldWhenFlagArrives() throws Exception {
        String claimControlId = ClaimSpineContractTest.uniqueId();
        String appointment = ClaimSpineContractTest.uniqueId();
        camel.getRouteController().stopRoute("claim-batching");
        try {
            sendRaw(Hl7TestMessages.dftP03For(claimControlId, "V" + ClaimSpineContractTest.uniqueId().substring(0, 12),
                    Hl7TestMessages.INACTIVE_MEMBER, "20261124"));
            assertThat(claimOf(claimControlId).get("status")).isEqualTo("READY");

            sendRaw(Hl7TestMessages.siuS12(appointment, Hl7TestMessages.INACTIVE_MEMBER, "20261124"));
            awaitCheck(appointment);
        } finally {
            camel.getRouteController().startRoute("claim-batching");
        }

        assertThat(claimOf(claimControlId).get("status")).isEqualTo("HELD");
    }

    @Test
    void cancellationIsNotChecked() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        String message = Hl7TestMessages.withField(
                Hl7TestMessages.siuS12(controlId, Hl7TestMessages.ACTIVE_MEMBER, "20261217"), "MSH", 8,
                "SIU^S15^SIU_S12");

        String acknowledgement = sendRaw(message);

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AA");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eligibility_check e JOIN inbound_message m"
                + " ON m.id = e.message_id WHERE m.control_id = ?", Integer.class, controlId)).isZero();
    }

    @Test
    void activeCoverageReachesEhrInZel() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        sendRaw(admittedOn("20261213", Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER)));

        String forwarded = awaitForwarded(controlId);
        Map<String, Object> check = awaitCheck(controlId);
        assertThat(forwarded).startsWith("MSH|^~\\&|SBXFRONTDESK|");
        assertThat(zel(forwarded)).isEqualTo("ZEL|1|ACTIVE|N|SBX01|20261213|20240101|20271231|25.00|1500.00||"
                + String.format("%09d", (Long) check.get("interchange_control")) + "|" + check.get("response_control")
                + "|" + zel(forwarded).split("\\|", -1)[13] + "|");
    }

    @Test
    void forwardIsAcknowledgedAndAudited() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        sendRaw(admittedOn("20261214", Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER)));

        awaitForwarded(controlId);
        Map<String, Object> row = await().atMost(PATIENCE).until(() -> outboxOf(controlId),
                r -> "SENT".equals(r.get("status")));
        assertThat(row.get("ack_code")).isEqualTo("AA");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(new String((byte[]) row.get("payload"), StandardCharsets.ISO_8859_1)).doesNotContain("MSH|")
                .doesNotContain(Hl7TestMessages.ACTIVE_MEMBER.lastName());
        assertThat(jdbc.queryForList("SELECT hop FROM audit_event WHERE control_id = ? AND hop LIKE 'FORWARD%'"
                + " ORDER BY id", String.class, controlId)).containsExactly("FORWARD_QUEUED", "FORWARDED");
    }

    @Test
    void registrationWithoutCoverageIsForwardedUnchecked() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        String adt = withoutInsurance(Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER));

        sendRaw(adt);

        assertThat(zel(awaitForwarded(controlId))).isEqualTo("ZEL|1|NOT_CHECKED|N|||||||NO_COVERAGE||||");
    }

    @Test
    void warningsTravelInZel14() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();
        String adt = Hl7TestMessages.withField(withoutInsurance(
                Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER)), "PID", 13, "555-0123");

        sendRaw(adt);

        assertThat(zel(awaitForwarded(controlId))).endsWith("|INVALID_PHONE^PID-13");
    }

    @Test
    void flaggedCoverageIsForwardedFlagged() throws Exception {
        String controlId = ClaimSpineContractTest.uniqueId();

        sendRaw(Hl7TestMessages.siuS12(controlId, Hl7TestMessages.INACTIVE_MEMBER, "20261125"));

        String zel = zel(awaitForwarded(controlId));
        assertThat(zel).startsWith("ZEL|1|INACTIVE|Y|SBX01|20261125|20200101|20231231|");
    }

    static String withoutInsurance(String message) {
        return message.replaceAll("IN1\\|[^\r]*\r", "");
    }

    /** Returns the ZEL segment of a forwarded message. */
    static String zel(String forwarded) {
        return java.util.Arrays.stream(forwarded.split("\r")).filter(s -> s.startsWith("ZEL|")).findFirst()
                .orElseThrow(() -> new AssertionError("no ZEL segment in the forwarded message"));
    }

    /** Waits until the sandbox EHR stored a message with this MSH-10 and returns its text. */
    String awaitForwarded(String controlId) {
        Path folder = ehrSandbox.server().rootDirectory();
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Stream<Path> files = filesIn(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-" + controlId + ".hl7"))
                        .toList()) {
                    return Files.readString(file, StandardCharsets.ISO_8859_1);
                }
            }
            return null;
        }, text -> text != null);
    }

    Map<String, Object> outboxOf(String controlId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT o.* FROM ehr_outbox o JOIN inbound_message m"
                + " ON m.id = o.message_id WHERE m.control_id = ?", controlId);
        return rows.isEmpty() ? Map.of() : lowerCaseKeys(rows.get(0));
    }

    /** Sets PV1-44, the admit date a registration is checked for, so that tests do not share cached results. */
    static String admittedOn(String date, String adt) {
        return Hl7TestMessages.withField(adt, "PV1", 44, date);
    }

    Map<String, Object> awaitCheck(String controlId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT e.* FROM eligibility_check e"
                    + " JOIN inbound_message m ON m.id = e.message_id WHERE m.control_id = ?", controlId);
            return rows.isEmpty() || "PENDING".equals(rows.get(0).get("status")) ? null : lowerCaseKeys(rows.get(0));
        }, row -> row != null);
    }

    Map<String, Object> claimOf(String controlId) {
        return lowerCaseKeys(jdbc.queryForMap("SELECT c.* FROM claim c JOIN inbound_message m ON m.id = c.message_id"
                + " WHERE m.control_id = ?", controlId));
    }

    /** H2 returns upper-case column names and PostgreSQL lower-case ones. */
    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
        return lower;
    }

    String sendRaw(String message) throws IOException {
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(List.of(message));
            return client.readAcknowledgements(1).get(0);
        }
    }

    static Stream<Path> filesIn(Path folder) throws IOException {
        return Files.isDirectory(folder) ? Files.list(folder) : Stream.empty();
    }
}
