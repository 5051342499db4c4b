package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.validation.Violation;
import org.claimbridge.claims.validation.ViolationCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DftP03MappingTest {

    private final Hl7ClaimIntake intake = Hl7TestMessages.intake();

    private Claim accept(Hl7TestMessages.Builder message) {
        IntakeDecision decision = intake.decide(message.text());
        assertThat(decision.violations()).isEmpty();
        return decision.claims().get(0);
    }

    private IntakeDecision decide(Hl7TestMessages.Builder message) {
        return intake.decide(message.text());
    }

    @Test
    void cleanMessageGivesClaim() {
        Claim claim = accept(Hl7TestMessages.cleanDft());

        assertThat(claim.patientControlNumber()).isEqualTo("VISIT-0001");
        assertThat(claim.totalCharge()).isEqualByComparingTo("150.00");
        assertThat(claim.diagnosisCodes()).containsExactly("J45.909", "R05.9");
        assertThat(claim.serviceLines()).extracting(line -> line.procedureCode()).containsExactly("99213", "94640");
    }

    @Test
    void procedureComesFromFt1Field25BeforeField7() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 7, "CHG-100^CHARGE MASTER ITEM^L")
                .set("FT1", 1, 25, "99214^OFFICE VISIT^CPT"));

        assertThat(claim.serviceLines().get(0).procedureCode()).isEqualTo("99214");
    }

    @Test
    void procedureWithoutCodingSystemIsFormatChecked() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 2, 7, "626.2"));

        assertThat(decision.violations()).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_PROCEDURE_CODE, "FT1(2)-7 (procedure code) must be a CPT code (5 digits, or 4"
                        + " digits and F or T) or a HCPCS Level II code (a letter A to V and 4 digits);"
                        + " received 626.2"));
    }

    @ParameterizedTest
    @CsvSource({"99213^^CPT", "99213^^C4", "99213^^CPT-4", "G0008^^HCPCS", "G0008^^HCPC", "99213^^cpt"})
    void procedureCodingSystemIsAccepted(String procedure) {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 25, procedure));

        assertThat(claim.serviceLines().get(0).procedureCode()).isEqualTo(procedure.substring(0, 5));
    }

    @Test
    void procedureInOtherCodingSystemIsRejected() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 1, 25, "57698-3^LIPID PANEL^LN"));

        assertThat(decision.violations()).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.PROCEDURE_NOT_CPT_HCPCS, "FT1(1)-25 (procedure code) must be coded in CPT or HCPCS"
                        + " (coding system C4, CPT or HCPCS); received coding system LN"));
    }

    @Test
    void modifierRepetitionsAreRead() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 26, "25~lt^Left side^HL70340"));

        assertThat(claim.serviceLines().get(0).modifiers()).containsExactly("25", "LT");
    }

    @Test
    void missingUnitsDefaultToOne() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 10, ""));

        assertThat(claim.serviceLines().get(0).units()).isEqualByComparingTo("1");
    }

    @Test
    void unitsThatAreNoNumberAreReportedOnce() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 1, 10, "two"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_NUMBER, "FT1(1)-10"));
    }

    @Test
    void extendedAmountIsLineChargeAndTotal() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 10, "3").set("FT1", 1, 11, "300.00&USD")
                .set("FT1", 1, 12, "100.00&USD"));

        assertThat(claim.serviceLines().get(0).chargeAmount()).isEqualByComparingTo("300.00");
        assertThat(claim.totalCharge()).isEqualByComparingTo("350.00");
    }

    @Test
    void missingChargeIsRequired() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 2, 11, ""));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.REQUIRED, "FT1(2)-11"));
    }

    @Test
    void serviceDateTakesFirstEightCharacters() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 4, "202506021030-0500^202506021100-0500"));

        assertThat(claim.serviceLines().get(0).serviceDate()).hasToString("2025-06-02");
    }

    @Test
    void impossibleServiceDateIsReportedOnce() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 1, 4, "20250231"));

        assertThat(decision.violations()).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_DATE, "FT1(1)-4 (service date) must start with a full date YYYYMMDD"));
    }

    @Test
    void birthDateOfYearOnlyIsInvalid() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("PID", 1, 7, "1980"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_DATE, "PID-7"));
    }

    @Test
    void paymentTransactionIsRejected() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 2, 6, "PY"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.UNSUPPORTED_TRANSACTION_TYPE, "FT1(2)-6"));
    }

    @Test
    void missingFt1IsRequired() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().remove("FT1"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.REQUIRED, "FT1"));
    }

    @Test
    void diagnosesFollowDg1Priority() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("DG1", 1, 15, "2").set("DG1", 2, 15, "1"));

        assertThat(claim.diagnosisCodes()).containsExactly("R05.9", "J45.909");
        assertThat(claim.serviceLines().get(0).diagnosisPointers()).containsExactly(2);
        assertThat(claim.serviceLines().get(1).diagnosisPointers()).containsExactly(1);
    }

    @Test
    void unrankedDiagnosesFollowRankedOnes() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("DG1", 1, 15, "").set("DG1", 2, 15, "1"));

        assertThat(claim.diagnosisCodes()).containsExactly("R05.9", "J45.909");
    }

    @Test
    void lineCodeMissingFromDg1IsAppended() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 2, 19, "R05.9^COUGH^I10~J30.9^RHINITIS^I10"));

        assertThat(claim.diagnosisCodes()).containsExactly("J45.909", "R05.9", "J30.9");
        assertThat(claim.serviceLines().get(1).diagnosisPointers()).containsExactly(2, 3);
    }

    @Test
    void lineCodeMatchesDg1CodeWithoutPoint() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 19, "J45909^ASTHMA^I10"));

        assertThat(claim.diagnosisCodes()).containsExactly("J45.909", "R05.9");
        assertThat(claim.serviceLines().get(0).diagnosisPointers()).containsExactly(1);
    }

    @Test
    void appendedSnomedLineCodeIsRejected() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 1, 19, "29857009^CHEST PAIN^SCT"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, "FT1(1)-19"));
    }

    @Test
    void lineWithoutDiagnosisIsRequired() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("FT1", 1, 19, ""));

        assertThat(decision.violations()).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.REQUIRED, "FT1(1)-19 (line diagnosis) is required for payer claims; send the line's"
                        + " diagnosis codes, 1 to 4 of the claim's"));
    }

    @ParameterizedTest
    @CsvSource({"I10", "I10C", "ICD10CM", "ICD-10-CM", "icd10cm", "2.16.840.1.113883.6.90"})
    void diagnosisCodingSystemIsAccepted(String system) {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("DG1", 1, 3, "J45.909^ASTHMA^" + system));

        assertThat(claim.diagnosisCodes()).startsWith("J45.909");
    }

    @Test
    void diagnosisWithoutCodingSystemIsFormatChecked() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("DG1", 2, 3, "786.50^CHEST PAIN"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_ICD10CM, "DG1(2)-3"));
    }

    @Test
    void dg1Icd9CodingMethodIsRejected() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("DG1", 2, 2, "I9")
                .set("DG1", 2, 3, "786.50^CHEST PAIN"));

        assertThat(decision.violations()).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.DIAGNOSIS_NOT_ICD10CM, "DG1(2)-3 (diagnosis code) must be coded in ICD-10-CM (coding"
                        + " system I10); received coding system I9"));
    }

    @Test
    void thirteenDiagnosesRejectedNoneDropped() {
        Hl7TestMessages.Builder message = Hl7TestMessages.cleanDft();
        for (int i = 3; i <= 13; i++) {
            message.add("DG1|" + i).set("DG1", i, 3, "J" + (20 + i) + ".9^DIAGNOSIS^I10");
        }

        IntakeDecision decision = decide(message);

        assertThat(decision.ackCode()).isEqualTo(AckCode.AE);
        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.TOO_MANY_DIAGNOSES, "DG1"));
        assertThat(decision.violations().get(0).message()).contains("received 13 diagnosis codes");
    }

    @ParameterizedTest
    @CsvSource({"SEL, 18", "SELF, 18", "'', 18", "SPO^Spouse^HL70063, 01", "CHD, 19", "DOM, 53", "EME, 20",
        "UNK, 21", "OTH, G8", "PAR, G8", "19, 19", "spo, 01"})
    void relationshipMapsToX12(String hl7, String x12) {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("IN1", 1, 17, hl7));

        assertThat(claim.subscriber().relationshipToPatient()).isEqualTo(x12);
    }

    @Test
    void unknownRelationshipIsRejected() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("IN1", 1, 17, "XYZ"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_RELATIONSHIP, "IN1-17"));
    }

    @ParameterizedTest
    @CsvSource({"F, F", "M, M", "U, U", "O, U", "A, U", "N, U", "f, F"})
    void sexMapsToX12(String hl7, String x12) {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("PID", 1, 8, hl7));

        assertThat(claim.patient().sex()).isEqualTo(x12);
    }

    @Test
    void unknownSexIsRejected() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("PID", 1, 8, "Z"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_SEX, "PID-8"));
    }

    @Test
    void missingMemberIdIsRequiredAtIn136() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("IN1", 1, 36, ""));

        assertThat(decision.violations()).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.REQUIRED, "IN1-36 (member id) is required for payer claims; send the subscriber's"
                        + " member id from the insurance card"));
    }

    @Test
    void missingIn1IsOneViolation() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().remove("IN1"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.REQUIRED, "IN1"));
    }

    @Test
    void firstIn1IsPrimaryInsurance() {
        Hl7TestMessages.Builder message = Hl7TestMessages.cleanDft().add("IN1|2").set("IN1", 2, 3, "OTHER")
                .set("IN1", 2, 4, "SECONDARY PLAN").set("IN1", 2, 36, "MEMB2");

        Claim claim = accept(message);

        assertThat(claim.payer().payerId()).isEqualTo("SBX01");
        assertThat(claim.subscriber().memberId()).isEqualTo("MEMB1");
    }

    @Test
    void missingVisitNumberIsRequiredAtPv119() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("PV1", 1, 19, ""));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.REQUIRED, "PV1-19"));
    }

    @Test
    void visitNumberIsFirstComponent() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("PV1", 1, 19, "V-77^^^SBX^VN"));

        assertThat(claim.patientControlNumber()).isEqualTo("V-77");
    }

    @Test
    void selfSubscriberCopiesPatientWhenIn1IsEmpty() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("IN1", 1, 16, "").set("IN1", 1, 18, "")
                .set("IN1", 1, 19, "").set("IN1", 1, 43, ""));

        assertThat(claim.subscriber().name()).isEqualTo(claim.patient().name());
        assertThat(claim.subscriber().birthDate()).isEqualTo(claim.patient().birthDate());
        assertThat(claim.subscriber().sex()).isEqualTo(claim.patient().sex());
        assertThat(claim.subscriber().address()).isEqualTo(claim.patient().address());
    }

    @Test
    void copiedSubscriberProblemIsReportedOnceAtPid() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("IN1", 1, 16, "")
                .set("PID", 1, 5, "TESTPATIENT"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.REQUIRED, "PID-5.2"));
    }

    @Test
    void dependentNeedsSubscriberName() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("IN1", 1, 17, "CHD")
                .set("IN1", 1, 16, ""));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(
                        tuple(ViolationCodes.REQUIRED, "IN1-16.1"),
                        tuple(ViolationCodes.REQUIRED, "IN1-16.2"));
    }

    @Test
    void zipPlusFourLosesHyphen() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("PID", 1, 11, "12 ELM ST^^SPRINGFIELD^il^62701-1234"));

        assertThat(claim.patient().address().postalCode()).isEqualTo("627011234");
        assertThat(claim.patient().address().state()).isEqualTo("IL");
    }

    @Test
    void invalidStateIsRejectedAtPid114() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("PID", 1, 11, "12 ELM ST^^TORONTO^ON^62701")
                .set("IN1", 1, 19, ""));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_STATE, "PID-11.4"));
    }

    @Test
    void patientNameIsFirstRepetition() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("PID", 1, 5, "TESTPATIENT^ALEX^J^^^^L~ALIAS^AL^^^^^A"));

        assertThat(claim.patient().name()).isEqualTo(new PersonName("TESTPATIENT", "ALEX", "J", null));
    }

    @Test
    void performerWithNpiTypeRendersLine() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 20, "1987654328^THERAPIST^ROBIN^^^^^^^^^^NPI"));

        assertThat(claim.serviceLines().get(0).renderingProvider().npi()).isEqualTo("1987654328");
    }

    @Test
    void performerWithTenDigitIdRendersLine() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 20, "1987654328^THERAPIST^ROBIN"));

        assertThat(claim.serviceLines().get(0).renderingProvider().npi()).isEqualTo("1987654328");
    }

    @Test
    void performerWithLocalIdIsIgnored() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("FT1", 1, 20, "D123^THERAPIST^ROBIN^^^^^^^^^^EI"));

        assertThat(claim.serviceLines().get(0).renderingProvider()).isNull();
    }

    @Test
    void admittingDoctorReplacesAttendingWithoutNpi() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("PV1", 1, 7, "D123^STAFF^PAT")
                .set("PV1", 1, 17, "1555555550^PEDIATRICIAN^CASEY"));

        assertThat(claim.renderingProvider().npi()).isEqualTo("1555555550");
    }

    @Test
    void invalidAdmittingNpiIsRejectedAtPv117() {
        IntakeDecision decision = decide(Hl7TestMessages.cleanDft().set("PV1", 1, 7, "")
                .set("PV1", 1, 17, "1555555551^PEDIATRICIAN^CASEY^^^^^^^^^^NPI"));

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_NPI, "PV1-17"));
    }

    @Test
    void referringDoctorIsNotRenderingProvider() {
        Claim claim = accept(Hl7TestMessages.cleanDft().set("PV1", 1, 7, "")
                .set("PV1", 1, 8, "1555555550^REFERRER^RILEY"));

        assertThat(claim.renderingProvider()).isNull();
    }

    @Test
    void guarantorDoesNotChangeClaim() {
        Claim withoutGuarantor = accept(Hl7TestMessages.cleanDft());

        Claim withGuarantor = accept(Hl7TestMessages.cleanDft().add("GT1|1||TESTGUARANTOR^GAIL"));

        assertThat(withGuarantor).isEqualTo(withoutGuarantor);
    }

    @Test
    void placeOfServiceComesFromConfiguration() {
        Hl7ClaimIntake homeIntake = new Hl7ClaimIntake("12", Hl7TestMessages.CLOCK);

        IntakeDecision decision = homeIntake.decide(Hl7TestMessages.cleanDft().text());

        assertThat(decision.claims().get(0).placeOfServiceCode()).isEqualTo("12");
    }

    @Test
    void invalidConfiguredPlaceOfServiceNamesProperty() {
        Hl7ClaimIntake misconfigured = new Hl7ClaimIntake("OFFICE", Hl7TestMessages.CLOCK);

        IntakeDecision decision = misconfigured.decide(Hl7TestMessages.cleanDft().text());

        assertThat(decision.violations()).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_PLACE_OF_SERVICE,
                        "claimbridge.claims.place-of-service-code"));
    }
}
