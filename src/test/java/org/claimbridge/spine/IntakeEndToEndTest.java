package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.claimbridge.ehr.SandboxEhrLifecycle;
import org.claimbridge.eligibility.SandboxEligibilityLifecycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake flow on a fresh sandbox gateway, from the public HL7 samples. The samples carry no insurance, so an
 * ADT^A04 and an SIU^S12 each get a synthetic IN1 for a member of the test roster. Both reach the sandbox EHR
 * carrying their eligibility result, and their 270s are complete X12 interchanges. An inactive member's
 * appointment is flagged and that member's later claim is held.
 */
@CamelSpringBootTest
@SpringBootTest
class IntakeEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ADT_CONTROL_ID = "934576120110613083617";
    private static final String SIU_CONTROL_ID = "24916560";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SandboxEhrLifecycle ehrSandbox;

    @Autowired
    SandboxEligibilityLifecycle eligibilitySandbox;

    @Value("${claimbridge.mllp.port}")
    int mllpPort;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        Path root = GatewayTestEnvironment.register(registry, "intake-e2e");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + root.resolve("db") + ";WRITE_DELAY=0");
        registry.add("claimbridge.eligibility.sandbox.roster-file", () -> IntakeFlowContractTest.ROSTER);
    }

    @Test
    void samplesReachEhrWithEligibility() throws Exception {
        String adt = sample("mirth_ADT_A04_05.hl7") + "\n" + insurance("SBX2000001") + "\n";
        String siu = sample("mirth_SIU_S12_01.hl7") + "\n" + insurance("SBX2000002") + "\n";

        List<String> acknowledgements;
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(List.of(adt, siu));
            acknowledgements = client.readAcknowledgements(2);
        }

        assertThat(acknowledgements).extracting(a -> MllpTestClient.msa(a, 1)).containsExactly("AA", "AA");
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
        String forwardedAdt = awaitForwarded(ADT_CONTROL_ID);
        String forwardedSiu = awaitForwarded(SIU_CONTROL_ID);
        assertThat(forwardedAdt).contains("\rPID|1||135769||MOUSE^MICKEY^||19281118|M|");
        assertThat(IntakeFlowContractTest.zel(forwardedAdt))
                .startsWith("ZEL|1|ACTIVE|N|SBX01|" + today + "|20100101||25.00|1500.00||" + isa13(ADT_CONTROL_ID));
        assertThat(forwardedSiu).contains("\rSCH|10345^10345|");
        assertThat(IntakeFlowContractTest.zel(forwardedSiu))
                .startsWith("ZEL|1|ACTIVE|N|SBX01|20110617|20100101||25.00|1500.00||" + isa13(SIU_CONTROL_ID));
    }

    @Test
    void sampleInquiriesAreComplete270s() throws Exception {
        samplesReachEhrWithEligibilityOnce();

        for (String controlId : List.of(ADT_CONTROL_ID, SIU_CONTROL_ID)) {
            String x12 = stored270(controlId);
            assertThat(envelopeProblems(x12)).as("270 of %s", controlId).isEmpty();
            assertThat(x12).contains("ST*270*0001*005010X279A1~", "BHT*0022*13*", "HL*3*2*22*0~", "EQ*30~",
                    "NM1*PR*2*SANDBOX HEALTH PLAN*****PI*SBX01~");
        }
        assertThat(stored270(ADT_CONTROL_ID)).contains("NM1*IL*1*MOUSE*MICKEY****MI*SBX2000001~",
                "DMG*D8*19281118~");
        assertThat(stored270(SIU_CONTROL_ID)).contains("NM1*IL*1*BEEBLEBROX*ZAPHOD****MI*SBX2000002~",
                "DTP*291*D8*20110617~");
    }

    @Test
    void inactiveMemberIsFlaggedAndClaimHeld() throws Exception {
        String appointment = ClaimSpineContractTest.uniqueId();
        String claimControlId = ClaimSpineContractTest.uniqueId();
        send(Hl7TestMessages.siuS12(appointment, Hl7TestMessages.INACTIVE_MEMBER, "20261118"));
        String zel = IntakeFlowContractTest.zel(awaitForwarded(appointment));

        send(Hl7TestMessages.dftP03For(claimControlId, "V" + ClaimSpineContractTest.uniqueId().substring(0, 12),
                Hl7TestMessages.INACTIVE_MEMBER, "20261118"));

        assertThat(zel).startsWith("ZEL|1|INACTIVE|Y|SBX01|20261118|20200101|20231231|");
        Map<String, Object> claim = jdbc.queryForMap("SELECT c.status, c.hold_reason, c.interchange_id FROM claim c"
                + " JOIN inbound_message m ON m.id = c.message_id WHERE m.control_id = ?", claimControlId);
        assertThat(claim.values()).containsExactly("HELD",
                "eligibility INACTIVE on 2026-11-18 (eligibility check " + checkId(appointment) + ", 270 ISA13 "
                        + isa13Number(appointment) + ")", null);
    }

    private void samplesReachEhrWithEligibilityOnce() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE control_id IN (?, ?)", Integer.class,
                ADT_CONTROL_ID, SIU_CONTROL_ID) < 2) {
            samplesReachEhrWithEligibility();
        }
        awaitForwarded(ADT_CONTROL_ID);
        awaitForwarded(SIU_CONTROL_ID);
    }

    /** Returns a v2.3 IN1 for payer SBX01 where the patient is the insured (IN1-17 SEL). */
    private static String insurance(String memberId) {
        StringBuilder in1 = new StringBuilder("IN1|1||SBX01|SANDBOX HEALTH PLAN");
        for (int field = 5; field <= 36; field++) {
            in1.append('|');
            if (field == 17) {
                in1.append("SEL");
            } else if (field == 36) {
                in1.append(memberId);
            }
        }
        return in1.toString();
    }

    private String isa13(String controlId) {
        return String.format("%09d", isa13Number(controlId));
    }

    private long isa13Number(String controlId) {
        return jdbc.queryForObject("SELECT e.interchange_control FROM eligibility_check e JOIN inbound_message m"
                + " ON m.id = e.message_id WHERE m.control_id = ?", Long.class, controlId);
    }

    private long checkId(String controlId) {
        return jdbc.queryForObject("SELECT e.id FROM eligibility_check e JOIN inbound_message m"
                + " ON m.id = e.message_id WHERE m.control_id = ?", Long.class, controlId);
    }

    private String stored270(String controlId) throws IOException {
        String payloadId = jdbc.queryForObject("SELECT e.payload_id FROM eligibility_check e JOIN inbound_message m"
                + " ON m.id = e.message_id WHERE m.control_id = ?", String.class, controlId);
        return Files.readString(eligibilitySandbox.server().inquiryFolder().resolve(payloadId + ".x12"),
                StandardCharsets.ISO_8859_1);
    }

    /** Returns StAEDI's envelope errors (segment counts, control numbers) and syntax errors; empty when sound. */
    private static List<String> envelopeProblems(String x12) throws Exception {
        List<String> problems = new ArrayList<>();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    problems.add(event + " " + reader.getErrorType() + " at " + reader.getLocation());
                }
            }
        }
        return problems;
    }

    private void send(String message) throws IOException {
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(List.of(message));
            assertThat(MllpTestClient.msa(client.readAcknowledgements(1).get(0), 1)).isEqualTo("AA");
        }
    }

    private String awaitForwarded(String controlId) {
        Path folder = ehrSandbox.server().rootDirectory();
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Stream<Path> files = IntakeFlowContractTest.filesIn(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-" + controlId + ".hl7"))
                        .toList()) {
                    return Files.readString(file, StandardCharsets.ISO_8859_1);
                }
            }
            return null;
        }, text -> text != null);
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = IntakeEndToEndTest.class.getResourceAsStream("/samples/hl7/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }
}
