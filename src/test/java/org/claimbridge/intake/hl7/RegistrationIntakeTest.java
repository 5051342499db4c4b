package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.validation.DemographicPolicy;
import org.claimbridge.claims.validation.Violation;
import org.claimbridge.claims.validation.ViolationCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationIntakeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final Hl7ClaimIntake intake = Hl7TestMessages.intake();

    private static List<String> codesAt(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + "@" + v.location().display()).toList();
    }

    @Test
    void cleanAdtIsAcceptedWithRegistration() throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().text());

        Registration registration = decision.registration();
        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(new AckReader(decision.acknowledgement()).errors()).isEmpty();
        assertThat(registration.messageType()).isEqualTo("ADT^A04");
        assertThat(registration.patient().name()).isEqualTo(new PersonName("SANDBOX", "ALICE", null, null));
        assertThat(registration.patient().address().postalCode()).isEqualTo("627011234");
        assertThat(registration.phone()).isEqualTo("5555550100");
        assertThat(registration.subscriber().memberId()).isEqualTo("SBX1000001");
        assertThat(registration.subscriber().isPatient()).isTrue();
        assertThat(registration.payer().payerId()).isEqualTo("SBX01");
        assertThat(registration.needsEligibilityCheck()).isTrue();
    }

    @Test
    void adtWithoutAdmitDateIsForToday() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().text());

        assertThat(decision.registration().dateOfService()).isEqualTo(TODAY);
    }

    @Test
    void adtAdmitDateIsDateOfService() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().set("PV1", 1, 44, "20250702").text());

        assertThat(decision.registration().dateOfService()).isEqualTo(LocalDate.of(2025, 7, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "ADT^A28^ADT_A05", "ADT^A31^ADT_A05"})
    void everyAdtEventIsAccepted(String type) {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().set("MSH", 1, 9, type).text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIU^S12^SIU_S12", "SIU^S13^SIU_S12", "SIU^S14^SIU_S12", "SIU^S15^SIU_S12"})
    void everySiuEventIsAccepted(String type) {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanSiu().set("MSH", 1, 9, type).text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
    }

    @Test
    void adtA01IsRejectedAtMsh9() throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().set("MSH", 1, 9, "ADT^A01").text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(new AckReader(decision.acknowledgement()).errors())
                .extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("MSH", "9", "201"));
    }

    @Test
    void siuReadsInsuranceOutsideItsStructure() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanSiu().text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(decision.registration().subscriber().memberId()).isEqualTo("SBX1000001");
        assertThat(decision.registration().payer().name()).isEqualTo("SANDBOX HEALTH PLAN");
    }

    @Test
    void siuStartComesFromTq1() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanSiu().set("SCH", 1, 11, "^^30^20250801").text());

        assertThat(decision.registration().dateOfService()).isEqualTo(LocalDate.of(2025, 7, 15));
    }

    @Test
    void siuStartFallsBackToSch11() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanSiu().remove("TQ1").text());

        assertThat(decision.registration().dateOfService()).isEqualTo(LocalDate.of(2025, 7, 15));
    }

    @Test
    void siuStartFallsBackToResource() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanSiu().remove("TQ1").set("SCH", 1, 11, "").text());

        assertThat(decision.registration().dateOfService()).isEqualTo(LocalDate.of(2025, 7, 16));
    }

    @Test
    void siuWithoutStartNamesSch11() {
        IntakeDecision decision = intake.decide(
                Hl7TestMessages.cleanSiu().remove("TQ1").remove("AIS").set("SCH", 1, 11, "").text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(codesAt(decision.violations())).containsExactly("REQUIRED@SCH-11.4");
    }

    @Test
    void unreadableStartIsInvalidDate() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanSiu().set("TQ1", 1, 7, "2025-07").text());

        assertThat(codesAt(decision.violations())).containsExactly("INVALID_DATE@TQ1-7");
    }

    @Test
    void cancellationNeedsNoEligibilityCheck() {
        IntakeDecision decision = intake.decide(
                Hl7TestMessages.cleanSiu().set("MSH", 1, 9, "SIU^S15^SIU_S12").text());

        assertThat(decision.registration().hasCoverage()).isTrue();
        assertThat(decision.registration().needsEligibilityCheck()).isFalse();
    }

    @Test
    void registrationWithoutInsuranceNeedsNoCheck() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().remove("IN1").text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(decision.registration().needsEligibilityCheck()).isFalse();
    }

    @Test
    void invalidPhoneWarnsWithSeverityW() throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().set("PID", 1, 13, "555-0100").text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(codesAt(decision.warnings())).containsExactly("INVALID_PHONE@PID-13");
        assertThat(new AckReader(decision.acknowledgement()).errors())
                .extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code, AckReader.Err::severity)
                .containsExactly(tuple("PID", "13", "102", "W"));
    }

    @Test
    void warningBeforeVersion25LeavesMsa3Empty() throws Exception {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().set("MSH", 1, 12, "2.3")
                .set("MSH", 1, 9, "ADT^A04").set("PID", 1, 13, "555-0100").text());

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(ack.get("/MSA-1")).isEqualTo("AA");
        assertThat(ack.get("/MSA-3")).isEmpty();
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::field)
                .containsExactly(tuple("PID", "13"));
    }

    @Test
    void rejectingPhoneRuleGivesAe() {
        Hl7ClaimIntake strict = new Hl7ClaimIntake("11", DemographicPolicy.REJECT_ALL, Hl7TestMessages.CLOCK);

        IntakeDecision decision = strict.decide(Hl7TestMessages.cleanAdt().set("PID", 1, 13, "").text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(codesAt(decision.violations())).containsExactly("REQUIRED@PID-13");
        assertThat(decision.registration()).isNull();
    }

    @Test
    void demographicErrorsNameHl7Fields() throws Exception {
        String message = Hl7TestMessages.cleanAdt().set("PID", 1, 7, "").set("PID", 1, 8, "Z")
                .set("PID", 1, 11, "12 ELM ST^^SPRINGFIELD^ZZ^6270").set("IN1", 1, 17, "XYZ").text();

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(codesAt(decision.violations())).containsExactly("REQUIRED@PID-7", "INVALID_SEX@PID-8",
                "INVALID_STATE@PID-11.4", "INVALID_ZIP@PID-11.5", "REQUIRED@IN1-16.1", "REQUIRED@IN1-16.2",
                "INVALID_RELATIONSHIP@IN1-17", "REQUIRED@IN1-18");
        assertThat(new AckReader(decision.acknowledgement()).errors()).extracting(AckReader.Err::severity)
                .containsOnly("E");
    }

    @Test
    void dependentWithoutSubscriberBirthDateNamesIn118() {
        String message = Hl7TestMessages.cleanAdt().set("IN1", 1, 17, "CHD")
                .set("IN1", 1, 16, "SAMPLEFAM^FRANK").text();

        IntakeDecision decision = intake.decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(codesAt(decision.violations())).containsExactly("REQUIRED@IN1-18");
    }

    @Test
    void memberIdPatternNamesIn136WithoutValue() {
        Hl7ClaimIntake patterned = new Hl7ClaimIntake("11",
                DemographicPolicy.of(Map.of(), Map.of("SBX01", "SBX[0-9]{7}")), Hl7TestMessages.CLOCK);

        IntakeDecision decision = patterned.decide(Hl7TestMessages.cleanAdt().set("IN1", 1, 36, "W12345").text());

        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(codesAt(decision.violations())).containsExactly(ViolationCodes.INVALID_MEMBER_ID + "@IN1-36");
        assertThat(decision.acknowledgement()).doesNotContain("W12345");
    }

    @Test
    void futureBirthDateIsRejected() {
        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanAdt().set("PID", 1, 7, "20250701").text());

        assertThat(codesAt(decision.violations())).contains("FUTURE_DATE@PID-7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/adt-a04-sandbox.hl7", "samples/siu-s12-inactive-sandbox.hl7"})
    void shippedSandboxSampleIsAcceptedWithCheck(String file) throws Exception {
        Hl7ClaimIntake today = new Hl7ClaimIntake("11", Hl7TestMessages.POLICY, java.time.Clock.systemUTC());

        IntakeDecision decision = today.decide(java.nio.file.Files.readString(java.nio.file.Path.of(file)));

        assertThat(decision.violations()).isEmpty();
        assertThat(decision.warnings()).isEmpty();
        assertThat(decision.ackCode()).isEqualTo(AckCode.AA);
        assertThat(decision.registration().needsEligibilityCheck()).isTrue();
        assertThat(decision.registration().dateOfService()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void shippedHeldClaimSampleIsAccepted() throws Exception {
        Hl7ClaimIntake today = new Hl7ClaimIntake("11", Hl7TestMessages.POLICY, java.time.Clock.systemUTC());

        IntakeDecision decision = today.decide(
                java.nio.file.Files.readString(java.nio.file.Path.of("samples/dft-p03-held-sandbox.hl7")));

        assertThat(decision.violations()).isEmpty();
        assertThat(decision.claims()).singleElement().satisfies(claim -> assertThat(
                claim.serviceLines().get(0).serviceDate()).isEqualTo(LocalDate.of(2026, 11, 2)));
    }
}
