package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import ca.uhn.hl7v2.model.Message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Hl7AcknowledgementTest {

    private final Hl7ClaimIntake intake = Hl7TestMessages.intake();

    @ParameterizedTest
    @ValueSource(strings = {"2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.8"})
    void acceptedAckParsesAsAckOfSameVersion(String version) throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 12, version).text();

        IntakeDecision decision = intake.decide(message);

        Message ack = Hl7TestMessages.parseStrict(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(ack.getName()).isEqualTo("ACK");
        assertThat(ack.getVersion()).isEqualTo(version);
    }

    @Test
    void version271IsParsedGenericallyAndAccepted() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 12, "2.7.1").text();

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(decision.claims()).hasSize(1);
        assertThat(ack.get("/MSH-12")).isEqualTo("2.7.1");
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
    }

    @Test
    void ackEchoesControlIdAndReversesParties() throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanDft().text());

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.get("/MSH-3")).isEqualTo("CLAIMBRIDGE");
        assertThat(ack.get("/MSH-5")).isEqualTo("SBXPM");
        assertThat(ack.get("/MSH-9-1")).isEqualTo("ACK");
        assertThat(ack.get("/MSH-9-2")).isEqualTo("P03");
        assertThat(ack.get("/MSH-10")).isNotEmpty().isNotEqualTo("TEST-0001");
    }

    @Test
    void ackSegmentsAreSeparatedByCarriageReturns() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanDft().text());

        assertThat(decision.acknowledgement()).startsWith("MSH|^~\\&|");
        assertThat(decision.acknowledgement()).contains("\rMSA|AA|TEST-0001\r");
        assertThat(decision.acknowledgement()).doesNotContain("\n");
    }

    @Test
    void ackControlIdsDiffer() throws Exception {
        String first = new AckReader(intake.decide(Hl7TestMessages.cleanDft().text()).acknowledgement())
                .get("/MSH-10");
        String second = new AckReader(intake.decide(Hl7TestMessages.cleanDft().text()).acknowledgement())
                .get("/MSH-10");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void ackDeclaresSenderCharacterSet() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 18, "UNICODE UTF-8").text();

        IntakeDecision decision = intake.decide(message);

        assertThat(new AckReader(decision.acknowledgement()).get("/MSH-18")).isEqualTo("UNICODE UTF-8");
    }

    @Test
    void errorAckOfVersion25CarriesLocationPerViolation() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("IN1", 1, 36, "").set("FT1", 2, 7, "626.2").text();

        IntakeDecision decision = intake.decide(message);

        List<AckReader.Err> errors = new AckReader(decision.acknowledgement()).errors();
        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(errors).extracting(AckReader.Err::segment, AckReader.Err::sequence, AckReader.Err::field,
                AckReader.Err::code).containsExactlyInAnyOrder(
                        tuple("IN1", "1", "36", "101"),
                        tuple("FT1", "2", "7", "102"));
    }

    @Test
    void errorTextIsViolationMessage() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("IN1", 1, 36, "").text();

        IntakeDecision decision = intake.decide(message);

        List<AckReader.Err> errors = new AckReader(decision.acknowledgement()).errors();
        assertThat(errors).extracting(AckReader.Err::text).containsExactly(
                "IN1-36 (member id) is required for payer claims; send the subscriber's member id from the insurance"
                        + " card");
    }

    @Test
    void errorAckOfVersion23UsesErr1Repetitions() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 12, "2.3").set("IN1", 1, 36, "")
                .set("FT1", 2, 7, "626.2").text();

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(ack.get("/MSA-1")).isEqualTo("AE");
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactlyInAnyOrder(tuple("IN1", "36", "101"), tuple("FT1", "7", "102"));
    }

    @Test
    void unsupportedMessageTypeIsRejectedAtMsh9() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 9, "ORU^R01").text();

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(new AckReader(decision.acknowledgement()).errors())
                .extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("MSH", "9", "200"));
    }

    @Test
    void unsupportedEventIsRejectedAtMsh9() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 9, "DFT^P11^DFT_P11").text();

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(new AckReader(decision.acknowledgement()).errors())
                .extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code, AckReader.Err::text)
                .containsExactly(tuple("MSH", "9", "201",
                        "MSH-9.2 (trigger event) must be P03 (post detail financial transaction); received P11"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.9", "2.2", "3.0"})
    void unsupportedVersionIsRejectedAtMsh12(String version) throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 12, version).text();

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("MSH", "12", "203"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.9", "2.2", "2.8.1"})
    void unsupportedVersionIsAnsweredInHighestVersion(String version) throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 12, version).text();

        IntakeDecision decision = intake.decide(message);

        assertThat(new AckReader(decision.acknowledgement()).get("/MSH-12")).isEqualTo("2.8");
    }

    @Test
    void missingVersionIsRejectedAtMsh12() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 12, "").text();

        IntakeDecision decision = intake.decide(message);

        assertThat(new AckReader(decision.acknowledgement()).errors())
                .extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("MSH", "12", "101"));
    }

    @Test
    void missingControlIdIsRejectedAtMsh10() throws Exception {
        String message = Hl7TestMessages.cleanDft().set("MSH", 1, 10, "").text();

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(ack.get("/MSA-2")).isEmpty();
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("MSH", "10", "101"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n\r\n", "hello world", "not|an|hl7|message"})
    void unreadableTextIsRejectedWithEmptyMsa2(String text) throws Exception {
        IntakeDecision decision = intake.decide(text);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(decision.header()).isEqualTo(new MessageHeader(null, null, null, null, null));
        assertThat(ack.get("/MSA-1")).isEqualTo("AR");
        assertThat(ack.get("/MSA-2")).isEmpty();
        assertThat(ack.errors()).hasSize(1);
    }

    @Test
    void nullTextIsRejected() {
        IntakeDecision decision = intake.decide(null);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
    }

    @Test
    void otherFirstSegmentIsRejected() throws Exception {
        String message = "PID|1||MRN1\r" + Hl7TestMessages.cleanDft().text();

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::code, AckReader.Err::text)
                .containsExactly(tuple("PID", "100",
                        "The message starts with PID; send a message that starts with MSH"));
    }

    @Test
    void batchHeaderIsRejectedNamingIt() throws Exception {
        String message = "BHS|^~\\&|SBXPM|SANDBOX CLINIC\r" + Hl7TestMessages.cleanDft().text() + "BTS|1\r";

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::code)
                .containsExactly(tuple("BHS", "100"));
    }

    @Test
    void secondMessageInTextIsRejected() throws Exception {
        String message = Hl7TestMessages.cleanDft().text() + Hl7TestMessages.cleanDft().text();

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(new AckReader(decision.acknowledgement()).errors())
                .extracting(AckReader.Err::segment, AckReader.Err::sequence, AckReader.Err::code)
                .containsExactly(tuple("MSH", "2", "100"));
    }

    @Test
    void garbageSegmentIsRejectedByPosition() throws Exception {
        String message = Hl7TestMessages.cleanDft().text().replace("\rPV1|", "\rsome free text\rPV1|");

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::text).containsExactly(
                "Segment 4 does not start with a three-character segment id followed by the field separator;"
                        + " send one segment per line");
    }

    @Test
    void invalidEncodingCharactersAreRejected() throws Exception {
        String message = Hl7TestMessages.cleanDft().text().replace("MSH|^~\\&|", "MSH|^~|");

        IntakeDecision decision = intake.decide(message);

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("MSH", "2", "102"));
    }

    @Test
    void customDelimitersAreKept() throws Exception {
        String message = Hl7TestMessages.cleanDft().text().replace('^', '$');

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(decision.header().messageType()).isEqualTo("DFT$P03$DFT_P03");
        assertThat(decision.acknowledgement()).startsWith("MSH|$~\\&|").contains("ACK$P03$ACK");
    }

    @Test
    void byteOrderMarkAndBlankLinesIgnored() {
        String message = "\uFEFF" + Hl7TestMessages.cleanDft().text().replace("\r", "\r\n\r\n");

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
    }
}
