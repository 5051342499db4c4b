package org.claimbridge.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.claimbridge.claims.x12.ParsedInterchange;
import org.claimbridge.clearinghouse.sandbox.SandboxSftpServer;
import org.claimbridge.crypto.PgpTestDecryptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;

/**
 * The claim spine end to end, on real components: HL7 v2 over an MLLP socket, the database, OpenPGP
 * and the sandbox SFTP server. Subclasses choose the database.
 */
abstract class ClaimSpineContractTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SandboxSftpServer sftpServer;

    @Autowired
    @Qualifier("claimSubmission")
    HealthIndicator claimSubmissionHealth;

    @Autowired
    MeterRegistry meterRegistry;

    @Value("${claimbridge.mllp.port}")
    int mllpPort;

    @Value("${claimbridge.sandbox.root-directory}")
    Path sandboxRoot;

    @Test
    void dftP03EndsAsDecryptable837OnSftp() throws Exception {
        String controlId = uniqueId();
        String visit = "V" + uniqueId().substring(0, 12);

        Message ack = sendWithHapi(Hl7TestMessages.cleanDftP03(controlId, visit));

        assertThat(new Terser(ack).get("/MSA-1")).isEqualTo("AA");
        assertThat(new Terser(ack).get("/MSA-2")).isEqualTo(controlId);
        String x12 = awaitUploadedClaim(visit);
        ParsedInterchange parsed = ParsedInterchange.parse(x12);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.withTag("CLM")).extracting(segment -> segment.elements().get(0)).contains(visit);
        assertThat(x12).startsWith("ISA*");
        assertThat(meterRegistry.get("claimbridge.claims").tag("status", "BATCHED").gauge().value()).isPositive();
        assertThat(x12).contains("CLM*" + visit + "*125***11:B:1");
        assertThat(x12).contains("HI*ABK:I10");
        assertThat(x12).contains("SV1*HC:99213*125*UN*1");
    }

    @Test
    void everyHopIsAudited() throws Exception {
        String controlId = uniqueId();
        String visit = "V" + uniqueId().substring(0, 12);

        sendWithHapi(Hl7TestMessages.cleanDftP03(controlId, visit));
        awaitUploadedClaim(visit);

        long messageId = messageId(controlId);
        List<String> messageHops = jdbc.queryForList(
                "SELECT hop FROM audit_event WHERE message_id = ? ORDER BY id", String.class, messageId);
        assertThat(messageHops).containsSubsequence("RECEIVED", "STORED", "VALIDATED", "ACKNOWLEDGED",
                "CLAIM_BUILT");
        Long interchangeId = jdbc.queryForObject("SELECT interchange_id FROM claim WHERE message_id = ?", Long.class,
                messageId);
        List<String> interchangeHops = jdbc.queryForList(
                "SELECT hop FROM audit_event WHERE interchange_id = ? AND claim_id IS NULL ORDER BY id", String.class,
                interchangeId);
        assertThat(interchangeHops).contains("ENCRYPTED", "UPLOADED");
        List<String> hashes = jdbc.queryForList(
                "SELECT payload_sha256 FROM audit_event WHERE message_id = ? AND hop = 'RECEIVED'", String.class,
                messageId);
        assertThat(hashes).singleElement().asString().hasSize(64);
    }

    @Test
    void resendGetsSameAcknowledgementAndNoSecondClaim() throws Exception {
        String controlId = uniqueId();
        String message = Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12));

        List<String> first;
        List<String> second;
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(List.of(message));
            first = client.readAcknowledgements(1);
            client.sendInOneWrite(List.of(message));
            second = client.readAcknowledgements(1);
        }

        assertThat(second).isEqualTo(first);
        assertThat(MllpTestClient.msa(first.get(0), 1)).isEqualTo("AA");
        assertThat(countClaims(controlId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE control_id = ? AND hop = 'DUPLICATE'", Integer.class,
                controlId)).isEqualTo(1);
    }

    @Test
    void reusedControlIdWithOtherContentGetsAr() throws Exception {
        String controlId = uniqueId();
        String first = Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12));
        String other = Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12));

        String firstAcknowledgement = sendRaw(first);
        String otherAcknowledgement = sendRaw(other);

        assertThat(MllpTestClient.msa(firstAcknowledgement, 1)).isEqualTo("AA");
        assertThat(MllpTestClient.msa(otherAcknowledgement, 1)).isEqualTo("AR");
        assertThat(otherAcknowledgement).contains("MSH-10");
        assertThat(jdbc.queryForList("SELECT ack_code FROM inbound_message WHERE control_id = ? ORDER BY id",
                String.class, controlId)).containsExactly("AA", "AR");
        assertThat(jdbc.queryForList(
                "SELECT v.code FROM message_violation v JOIN inbound_message m ON m.id = v.message_id"
                        + " WHERE m.control_id = ?", String.class, controlId))
                .containsExactly("AR_DUPLICATE_KEY_IDENTIFIER");
        assertThat(countClaims(controlId)).isEqualTo(1);
    }

    @Test
    void bytesNotMatchingMsh18GetAr() throws Exception {
        String controlId = uniqueId();
        String message = Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12));

        String acknowledgement;
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendBytes(message.replace("DOE^JANE", "D\u00d6E^JANE").getBytes(StandardCharsets.ISO_8859_1));
            acknowledgement = client.readAcknowledgements(1).get(0);
        }

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AR");
        assertThat(acknowledgement).contains("MSH-18");
        assertThat(countClaims(controlId)).isZero();
    }

    @Test
    void resendWithNewTimestampIsDuplicate() throws Exception {
        String controlId = uniqueId();
        String message = Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12));
        String resent = message.replace("|20261201093000||DFT^P03", "|20261201094500||DFT^P03");

        String first = sendRaw(message);
        String second = sendRaw(resent);

        assertThat(second).isEqualTo(first);
        assertThat(countClaims(controlId)).isEqualTo(1);
    }

    @Test
    void framesInOneTcpWriteAreEachAcknowledged() throws Exception {
        List<String> controlIds = List.of(uniqueId(), uniqueId(), uniqueId());
        List<String> messages = controlIds.stream()
                .map(id -> Hl7TestMessages.cleanDftP03(id, "V" + uniqueId().substring(0, 12)))
                .toList();

        List<String> acknowledgements;
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(messages);
            acknowledgements = client.readAcknowledgements(3);
        }

        assertThat(acknowledgements).extracting(a -> MllpTestClient.msa(a, 2)).isEqualTo(controlIds);
        assertThat(acknowledgements).extracting(a -> MllpTestClient.msa(a, 1)).containsOnly("AA");
    }

    @Test
    void missingMemberIdGetsAeNamingIn1Dash36() throws Exception {
        String controlId = uniqueId();
        String message = Hl7TestMessages.withField(
                Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12)), "IN1", 36, "");

        String acknowledgement = sendRaw(message);

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AE");
        assertThat(acknowledgement).contains("ERR|");
        assertThat(acknowledgement).contains("IN1-36");
        long messageId = messageId(controlId);
        assertThat(jdbc.queryForList("SELECT location FROM message_violation WHERE message_id = ?", String.class,
                messageId)).contains("IN1-36");
        assertThat(countClaims(controlId)).isZero();
    }

    @Test
    void sendCommandPrintsErrSegments() throws Exception {
        Path file = Files.createTempFile("claimbridge-send-", ".hl7");
        Files.writeString(file, Hl7TestMessages.withField(
                Hl7TestMessages.cleanDftP03(uniqueId(), "V" + uniqueId().substring(0, 12)), "IN1", 36, ""));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int status = org.claimbridge.cli.Hl7SendCommand.run(
                new String[] {"--port", String.valueOf(mllpPort), file.toString()},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("MSA|AE|").contains("    ERR|").contains("IN1-36");
    }

    @Test
    void unsupportedMessageTypeGetsArAndIsStored() throws Exception {
        String controlId = uniqueId();
        String adt = "MSH|^~\\&|SBXEHR|SBXCLINIC|CLAIMBRIDGE|CLAIMBRIDGE|20261201093000||ORU^R01^ORU_R01|"
                + controlId + "|P|2.5.1\rPID|1||MRN1\r";

        String acknowledgement = sendRaw(adt);

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AR");
        assertThat(MllpTestClient.msa(acknowledgement, 2)).isEqualTo(controlId);
        assertThat(jdbc.queryForObject("SELECT ack_code FROM inbound_message WHERE control_id = ?", String.class,
                controlId)).isEqualTo("AR");
    }

    @Test
    void adtA04IsAcknowledgedAfterStoring() throws Exception {
        String controlId = uniqueId();

        String acknowledgement = sendRaw(Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER));

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AA");
        assertThat(MllpTestClient.msa(acknowledgement, 2)).isEqualTo(controlId);
        assertThat(jdbc.queryForObject("SELECT message_type FROM inbound_message WHERE control_id = ?", String.class,
                controlId)).isEqualTo("ADT^A04^ADT_A01");
        assertThat(jdbc.queryForList("SELECT hop FROM audit_event WHERE control_id = ? ORDER BY id", String.class,
                controlId)).containsSubsequence("RECEIVED", "STORED", "VALIDATED", "ACKNOWLEDGED");
    }

    @Test
    void siuResendGetsSameAcknowledgement() throws Exception {
        String controlId = uniqueId();
        String message = Hl7TestMessages.siuS12(controlId, Hl7TestMessages.ACTIVE_MEMBER, "20261215");

        String first = sendRaw(message);
        String second = sendRaw(message);

        assertThat(second).isEqualTo(first);
        assertThat(MllpTestClient.msa(first, 1)).isEqualTo("AA");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE control_id = ?", Integer.class,
                controlId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE control_id = ? AND hop = 'DUPLICATE'", Integer.class,
                controlId)).isEqualTo(1);
    }

    @Test
    void registrationWarningIsStoredAndAudited() throws Exception {
        String controlId = uniqueId();
        String message = Hl7TestMessages.withField(Hl7TestMessages.adtA04(controlId, Hl7TestMessages.ACTIVE_MEMBER),
                "PID", 13, "555-0123");

        String acknowledgement = sendRaw(message);

        assertThat(MllpTestClient.msa(acknowledgement, 1)).isEqualTo("AA");
        long messageId = messageId(controlId);
        assertThat(jdbc.queryForList("SELECT severity || ' ' || code || ' ' || location FROM message_violation"
                + " WHERE message_id = ?", String.class, messageId)).containsExactly("WARN INVALID_PHONE PID-13");
        assertThat(jdbc.queryForObject("SELECT outcome FROM audit_event WHERE message_id = ? AND hop = 'VALIDATED'",
                String.class, messageId)).isEqualTo("WARNED");
    }

    @Test
    void payloadIsEncryptedAtRest() throws Exception {
        String controlId = uniqueId();

        sendRaw(Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12)));

        byte[] stored = jdbc.queryForObject("SELECT payload FROM inbound_message WHERE control_id = ?", byte[].class,
                controlId);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("MSH|").doesNotContain("DOE");
    }

    @Test
    void moreConnectionsThanFiveAreServed() throws Exception {
        int connections = 12;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<String>> results = new ArrayList<>();

        try {
            for (int i = 0; i < connections; i++) {
                String controlId = uniqueId();
                Callable<String> send = () -> MllpTestClient.msa(
                        sendRaw(Hl7TestMessages.cleanDftP03(controlId, "V" + uniqueId().substring(0, 12))), 1);
                results.add(pool.submit(send));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("AA");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedUploadIsRetriedUntilItLands() throws Exception {
        String visit = "V" + uniqueId().substring(0, 12);
        sftpServer.stop();
        try {
            sendRaw(Hl7TestMessages.cleanDftP03(uniqueId(), visit));

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM claim c JOIN audit_event a ON a.interchange_id = c.interchange_id"
                            + " WHERE c.patient_control_number = ? AND a.hop = 'UPLOAD_FAILED'",
                    Integer.class, visit) > 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> claimSubmissionHealth.health().getStatus(),
                    Status.DOWN::equals);
        } finally {
            sftpServer.start();
        }

        assertThat(awaitUploadedClaim(visit)).contains("CLM*" + visit + "*");
        await().atMost(Duration.ofSeconds(30)).until(() -> claimSubmissionHealth.health().getStatus(),
                Status.UP::equals);
    }

    static Stream<Path> hl7Samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples/hl7"))) {
            return Stream.concat(files.sorted().toList().stream(), Stream.of(Path.of("samples/dft-p03-sandbox.hl7")));
        }
    }

    /**
     * Sends each sample file as received, in one frame: it must end AA with a claim (DFT^P03) or a queued
     * eligibility check or EHR forwarding (ADT, SIU), or AE/AR with stored reasons.
     */
    @ParameterizedTest
    @MethodSource("hl7Samples")
    void sampleGetsClearOutcome(Path sample) throws Exception {
        byte[] bytes = Files.readAllBytes(sample);

        String acknowledgement;
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendBytes(bytes);
            acknowledgement = client.readAcknowledgements(1).get(0);
        }

        String ackCode = MllpTestClient.msa(acknowledgement, 1);
        assertThat(ackCode).isIn("AA", "AE", "AR");
        List<Long> stored = jdbc.queryForList("SELECT id FROM inbound_message WHERE payload_sha256 = ?", Long.class,
                org.claimbridge.crypto.Sha256.hex(bytes));
        assertThat(stored).as("stored message for %s", sample).isNotEmpty();
        if (ackCode.equals("AA")) {
            String messageType = jdbc.queryForObject("SELECT message_type FROM inbound_message WHERE id = ?",
                    String.class, stored.get(0));
            long messageId = stored.get(0);
            int followUps = messageType.startsWith("DFT")
                    ? jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE message_id = ?", Integer.class, messageId)
                    : jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM eligibility_check WHERE message_id = ?)"
                            + " + (SELECT COUNT(*) FROM ehr_outbox WHERE message_id = ?)", Integer.class, messageId,
                            messageId);
            assertThat(followUps).as("claim, eligibility check or EHR forwarding of %s (%s)", sample, messageType)
                    .isPositive();
            return;
        }
        assertThat(acknowledgement).contains("ERR|");
        List<String> locations = jdbc.queryForList("SELECT location FROM message_violation WHERE message_id = ?",
                String.class, stored.get(0));
        assertThat(locations).isNotEmpty();
        assertThat(locations).allMatch(location -> location.matches("[A-Z][A-Z0-9]{2}.*|message"));
    }

    String sendRaw(String message) throws IOException {
        try (MllpTestClient client = new MllpTestClient(mllpPort)) {
            client.sendInOneWrite(List.of(message));
            return client.readAcknowledgements(1).get(0);
        }
    }

    Message sendWithHapi(String text) throws Exception {
        try (HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation())) {
            PipeParser parser = context.getPipeParser();
            Connection connection = context.newClient("127.0.0.1", mllpPort, false);
            try {
                return connection.getInitiator().sendAndReceive(parser.parse(text));
            } finally {
                connection.close();
            }
        }
    }

    /** Waits until a claim file on the sandbox SFTP server contains CLM01 and returns its decrypted X12. */
    String awaitUploadedClaim(String patientControlNumber) {
        Path inbound = sandboxRoot.resolve("inbound");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> findClaimFile(inbound, patientControlNumber), x12 -> x12 != null);
    }

    private static String findClaimFile(Path inbound, String patientControlNumber) throws Exception {
        if (!Files.isDirectory(inbound)) {
            return null;
        }
        try (Stream<Path> files = Files.list(inbound)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".x12.asc")).toList()) {
                PgpTestDecryptor.Decrypted decrypted = PgpTestDecryptor.decryptWithSandboxKey(Files.readAllBytes(file));
                assertThat(decrypted.integrityVerified()).isTrue();
                String x12 = new String(decrypted.plaintext(), StandardCharsets.US_ASCII);
                if (x12.contains("CLM*" + patientControlNumber + "*")) {
                    return x12;
                }
            }
        }
        return null;
    }

    long messageId(String controlId) {
        return jdbc.queryForObject("SELECT id FROM inbound_message WHERE control_id = ?", Long.class, controlId);
    }

    int countClaims(String controlId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM claim c JOIN inbound_message m ON m.id = c.message_id WHERE m.control_id = ?",
                Integer.class, controlId);
    }

    static String uniqueId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }
}
