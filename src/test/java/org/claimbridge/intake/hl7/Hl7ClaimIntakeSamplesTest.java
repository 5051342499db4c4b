package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.validation.Violation;
import org.claimbridge.claims.validation.ViolationCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Hl7ClaimIntakeSamplesTest {

    private final Hl7ClaimIntake intake = Hl7TestMessages.intake();

    static Stream<String> sampleNames() {
        return Hl7TestMessages.sampleNames();
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void sampleEndsInClaimOrLocatedErrors(String sample) throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample(sample));

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(ack.get("/MSA-1")).isEqualTo(decision.ackCode().name());
        if (decision.ackCode() == AckCode.AA) {
            assertThat(decision.claims().size() + (decision.registration() == null ? 0 : 1)).isEqualTo(1);
            assertThat(ack.errors()).hasSameSizeAs(decision.warnings());
            assertThat(ack.errors()).allSatisfy(err -> assertThat(err.severity()).isEqualTo("W"));
        } else {
            assertThat(decision.claims()).isEmpty();
            assertThat(ack.errors()).isNotEmpty();
            assertThat(ack.errors()).allSatisfy(err -> assertThat(err.segment()).isNotEmpty());
            assertThat(ack.errors()).allSatisfy(err -> assertThat(err.text()).isNotEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void sampleAckEchoesControlId(String sample) throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample(sample));

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(ack.get("/MSA-2")).isEqualTo(decision.header().controlId());
    }

    @ParameterizedTest
    @CsvSource({
        "hapi_ADT_A01_ZPI_custom_segment_CR.hl7, AR, 201",
        "mirth_ADT_A04_05.hl7, AA, ",
        "mirth_ADT_A08_06.hl7, AE, 102",
        "mirth_SIU_S12_01.hl7, AA, ",
        "mirth_batch_SIU_S12_S14_S15.hl7, AR, 100",
        "msfhirconv_ADT-A08-01.hl7, AA, 102",
        "msfhirconv_SIU-S12-01.hl7, AA, 102",
        "pyhl7_batch_BHS_2xADT_A04_BTS_CR.hl7, AR, 100",
        "msfhirconv_DFT-P03-01.hl7, AE, 103",
        "msfhirconv_DFT-P03-02.hl7, AE, 103",
        "synthetic_DFT-P03_v23_LF.hl7, AA, ",
        "synthetic_DFT-P03_v251_dependent_CRLF.hl7, AA, ",
        "synthetic_DFT-P03_v28_UTF-8_escape.hl7, AA, "})
    void sampleGetsExpectedAcknowledgement(String sample, AckCode expected, String firstErrorCode) throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample(sample));

        assertThat(decision.ackCode()).isEqualTo(expected);
        List<AckReader.Err> errors = new AckReader(decision.acknowledgement()).errors();
        assertThat(errors.isEmpty() ? null : errors.get(0).code()).isEqualTo(firstErrorCode);
    }

    @Test
    void everySampleHasAnExpectation() {
        assertThat(sampleNames()).hasSize(13);
    }

    @Test
    void firstMessyDftGetsExactViolations() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample("msfhirconv_DFT-P03-01.hl7"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display()).containsExactly(
                tuple(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, "DG1(1)-3"),
                tuple(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, "DG1(2)-3"),
                tuple(ViolationCodes.INVALID_NPI, "FT1(1)-20"));
        assertThat(decision.violations().get(0).message()).isEqualTo(
                "DG1(1)-3 (diagnosis code) must be coded in ICD-10-CM (coding system I10); received coding system SCT");
        assertThat(decision.violations().get(2).message()).isEqualTo(
                "FT1(1)-20 (line rendering provider NPI) must be a 10-digit NPI whose last digit is its check digit;"
                        + " received 9941339108");
    }

    @Test
    void secondMessyDftGetsExactViolations() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample("msfhirconv_DFT-P03-02.hl7"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display()).containsExactly(
                tuple(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, "DG1(1)-3"),
                tuple(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, "DG1(2)-3"),
                tuple(ViolationCodes.INVALID_NPI, "FT1(1)-20"));
    }

    @Test
    void messyDftAckListsEachViolation() throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample("msfhirconv_DFT-P03-01.hl7"));

        List<AckReader.Err> errors = new AckReader(decision.acknowledgement()).errors();
        assertThat(errors).extracting(AckReader.Err::segment, AckReader.Err::sequence, AckReader.Err::field,
                AckReader.Err::code).containsExactly(
                        tuple("DG1", "1", "3", "103"),
                        tuple("DG1", "2", "3", "103"),
                        tuple("FT1", "1", "20", "102"));
        assertThat(errors).extracting(AckReader.Err::text)
                .containsExactlyElementsOf(decision.violations().stream().map(Violation::message).toList());
    }

    @Test
    void version23WithLineFeedsGivesClaim() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample("synthetic_DFT-P03_v23_LF.hl7"));

        Claim claim = decision.claims().get(0);
        assertThat(decision.header()).isEqualTo(
                new MessageHeader("SBXPM", "SANDBOX CLINIC", "SYN-V23-0001", "DFT^P03", "2.3"));
        assertThat(claim.patientControlNumber()).isEqualTo("V230001");
        assertThat(claim.totalCharge()).isEqualByComparingTo("185.00");
        assertThat(claim.placeOfServiceCode()).isEqualTo("11");
        assertThat(claim.patient().name()).isEqualTo(new PersonName("TESTPATIENT", "ALEX", "J", null));
        assertThat(claim.patient().birthDate()).isEqualTo(LocalDate.of(1980, 3, 15));
        assertThat(claim.patient().sex()).isEqualTo("F");
        assertThat(claim.patient().address())
                .isEqualTo(new Address("12 ELM ST", "APT 4", "SPRINGFIELD", "IL", "62701"));
        assertThat(claim.subscriber().relationshipToPatient()).isEqualTo("18");
        assertThat(claim.subscriber().name()).isEqualTo(claim.patient().name());
        assertThat(claim.subscriber().birthDate()).isEqualTo(claim.patient().birthDate());
        assertThat(claim.subscriber().address()).isEqualTo(claim.patient().address());
        assertThat(claim.subscriber().memberId()).isEqualTo("MEMB10001");
        assertThat(claim.subscriber().groupNumber()).isEqualTo("GRP100");
        assertThat(claim.payer().payerId()).isEqualTo("SBX01");
        assertThat(claim.payer().name()).isEqualTo("SANDBOX HEALTH PLAN");
        assertThat(claim.diagnosisCodes()).containsExactly("J45.909", "R05.9");
        assertThat(claim.renderingProvider().npi()).isEqualTo("1234567893");
        assertThat(claim.serviceLines()).hasSize(2);
    }

    @Test
    void version23LinesCarryProcedureUnitsAndPointers() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample("synthetic_DFT-P03_v23_LF.hl7"));

        List<ServiceLine> lines = decision.claims().get(0).serviceLines();
        assertThat(lines.get(0).procedureCode()).isEqualTo("99213");
        assertThat(lines.get(0).modifiers()).containsExactly("25");
        assertThat(lines.get(0).units()).isEqualByComparingTo("1");
        assertThat(lines.get(0).chargeAmount()).isEqualByComparingTo("125.00");
        assertThat(lines.get(0).serviceDate()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(lines.get(0).diagnosisPointers()).containsExactly(1);
        assertThat(lines.get(0).renderingProvider()).isNull();
        assertThat(lines.get(1).procedureCode()).isEqualTo("94640");
        assertThat(lines.get(1).units()).isEqualByComparingTo("2");
        assertThat(lines.get(1).diagnosisPointers()).containsExactly(1, 2);
        assertThat(lines.get(1).renderingProvider().npi()).isEqualTo("1987654328");
        assertThat(lines.get(1).renderingProvider().name())
                .isEqualTo(new PersonName("THERAPIST", "ROBIN", null, null));
    }

    @Test
    void version251DependentGivesClaim() {
        IntakeDecision decision = intake.decide(
                Hl7TestMessages.sample("synthetic_DFT-P03_v251_dependent_CRLF.hl7"));

        Claim claim = decision.claims().get(0);
        assertThat(claim.patient().name()).isEqualTo(new PersonName("TESTCHILD", "SAM", "LEE", null));
        assertThat(claim.patient().birthDate()).isEqualTo(LocalDate.of(2015, 7, 4));
        assertThat(claim.patient().sex()).isEqualTo("M");
        assertThat(claim.patient().address().postalCode()).isEqualTo("616021234");
        assertThat(claim.subscriber().relationshipToPatient()).isEqualTo("19");
        assertThat(claim.subscriber().isPatient()).isFalse();
        assertThat(claim.subscriber().name()).isEqualTo(new PersonName("TESTPARENT", "JORDAN", "K", null));
        assertThat(claim.subscriber().birthDate()).isEqualTo(LocalDate.of(1982, 1, 10));
        assertThat(claim.subscriber().sex()).isEqualTo("F");
        assertThat(claim.subscriber().memberId()).isEqualTo("MEMB20001");
        assertThat(claim.payer().payerId()).isEqualTo("SBX02");
        assertThat(claim.patientControlNumber()).isEqualTo("V251001");
        assertThat(claim.totalCharge()).isEqualByComparingTo("205.00");
    }

    @Test
    void version251SortsDiagnosesAndAppendsLineCodes() {
        IntakeDecision decision = intake.decide(
                Hl7TestMessages.sample("synthetic_DFT-P03_v251_dependent_CRLF.hl7"));

        Claim claim = decision.claims().get(0);
        assertThat(claim.diagnosisCodes()).containsExactly("Z00.129", "J06.9", "Z23");
        assertThat(claim.serviceLines().get(0).diagnosisPointers()).containsExactly(1);
        assertThat(claim.serviceLines().get(1).diagnosisPointers()).containsExactly(3);
        assertThat(claim.serviceLines().get(1).procedureCode()).isEqualTo("G0008");
        assertThat(claim.serviceLines().get(1).modifiers()).containsExactly("SL");
        assertThat(claim.renderingProvider().npi()).isEqualTo("1555555550");
    }

    @Test
    void version28Utf8DecodesEscapesAndAccents() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.sample("synthetic_DFT-P03_v28_UTF-8_escape.hl7"));

        Claim claim = decision.claims().get(0);
        assertThat(decision.header().sendingFacility()).isEqualTo("SANDBOX CLÍNICA");
        assertThat(claim.payer().name()).isEqualTo("SMITH & JONES HEALTH PLAN");
        assertThat(claim.patient().name()).isEqualTo(new PersonName("NÚÑEZ", "JOSÉ", "ÁNGEL", "JR"));
        assertThat(claim.patient().address()).isEqualTo(new Address("7 MAPLE CT", null, "SAN JUAN", "PR", "00901"));
        assertThat(claim.subscriber().relationshipToPatient()).isEqualTo("18");
        assertThat(claim.diagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(claim.serviceLines().get(0).modifiers()).containsExactly("25", "GT");
        assertThat(claim.serviceLines().get(0).diagnosisPointers()).containsExactly(1, 2);
        assertThat(claim.serviceLines().get(0).renderingProvider().npi()).isEqualTo("1765432103");
        assertThat(claim.serviceLines().get(1).chargeAmount()).isEqualByComparingTo(new BigDecimal("40.50"));
        assertThat(claim.totalCharge()).isEqualByComparingTo("190.50");
    }

    @Test
    void sandboxSampleIsAcceptedToday() throws IOException {
        Hl7ClaimIntake today = new Hl7ClaimIntake("11", Clock.systemUTC());

        IntakeDecision decision = today.decide(Files.readString(Path.of("samples/dft-p03-sandbox.hl7")));

        assertThat(decision.violations()).isEmpty();
        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(decision.claims()).hasSize(1);
    }
}
