package org.claimbridge.claims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimValidatorTest {

    /** Empties one field of a valid claim. */
    private static final Map<ClaimField, Consumer<ClaimFixture>> REMOVERS = Map.ofEntries(
            Map.entry(ClaimField.CLAIM_PATIENT_CONTROL_NUMBER, c -> c.controlNumber = " "),
            Map.entry(ClaimField.CLAIM_PLACE_OF_SERVICE, c -> c.placeOfService = null),
            Map.entry(ClaimField.PATIENT_LAST_NAME,
                    c -> c.patientName = new PersonName(null, "ALEX", null, null)),
            Map.entry(ClaimField.PATIENT_FIRST_NAME,
                    c -> c.patientName = new PersonName("TESTPATIENT", "", null, null)),
            Map.entry(ClaimField.PATIENT_BIRTH_DATE, c -> c.patientBirthDate = null),
            Map.entry(ClaimField.PATIENT_SEX, c -> c.patientSex = null),
            Map.entry(ClaimField.PATIENT_ADDRESS, c -> c.patientAddress = null),
            Map.entry(ClaimField.PATIENT_ADDRESS_LINE,
                    c -> c.patientAddress = new Address(null, null, "SPRINGFIELD", "IL", "62701")),
            Map.entry(ClaimField.PATIENT_CITY,
                    c -> c.patientAddress = new Address("12 ELM ST", null, null, "IL", "62701")),
            Map.entry(ClaimField.PATIENT_STATE,
                    c -> c.patientAddress = new Address("12 ELM ST", null, "SPRINGFIELD", null, "62701")),
            Map.entry(ClaimField.PATIENT_POSTAL_CODE,
                    c -> c.patientAddress = new Address("12 ELM ST", null, "SPRINGFIELD", "IL", null)),
            Map.entry(ClaimField.PATIENT, c -> c.patientPresent = false),
            Map.entry(ClaimField.SUBSCRIBER, c -> c.subscriberPresent = false),
            Map.entry(ClaimField.SUBSCRIBER_MEMBER_ID, c -> c.memberId = ""),
            Map.entry(ClaimField.SUBSCRIBER_LAST_NAME, c -> c.subscriberName = null),
            Map.entry(ClaimField.SUBSCRIBER_FIRST_NAME,
                    c -> c.subscriberName = new PersonName("TESTPATIENT", null, null, null)),
            Map.entry(ClaimField.SUBSCRIBER_RELATIONSHIP, c -> c.relationship = null),
            Map.entry(ClaimField.SUBSCRIBER_BIRTH_DATE, c -> c.subscriberBirthDate = null),
            Map.entry(ClaimField.SUBSCRIBER_SEX, c -> c.subscriberSex = null),
            Map.entry(ClaimField.SUBSCRIBER_ADDRESS, c -> c.subscriberAddress = null),
            Map.entry(ClaimField.PAYER, c -> c.payerPresent = false),
            Map.entry(ClaimField.PAYER_ID, c -> c.payerId = null),
            Map.entry(ClaimField.PAYER_NAME, c -> c.payerName = " "),
            Map.entry(ClaimField.CLAIM_DIAGNOSIS_CODE, c -> c.diagnoses = List.of()),
            Map.entry(ClaimField.SERVICE_LINE, c -> c.lines = new ArrayList<>()),
            Map.entry(ClaimField.CLAIM_TOTAL_CHARGE, c -> c.total = null),
            Map.entry(ClaimField.LINE_PROCEDURE_CODE, c -> c.line(1).procedure = null),
            Map.entry(ClaimField.LINE_UNITS, c -> c.line(1).units = null),
            Map.entry(ClaimField.LINE_CHARGE, c -> c.line(1).charge = null),
            Map.entry(ClaimField.LINE_SERVICE_DATE, c -> c.line(1).serviceDate = null),
            Map.entry(ClaimField.LINE_DIAGNOSIS_POINTER, c -> c.line(1).pointers = List.of()));

    @Test
    void validClaimHasNoViolations() {
        ClaimFixture claim = new ClaimFixture();

        List<Violation> violations = claim.validate();

        assertThat(violations).isEmpty();
    }

    @Test
    void requiredMessageNamesFieldRuleAndFix() {
        ClaimFixture claim = new ClaimFixture();
        claim.memberId = null;

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::message).containsExactly(
                "SUBSCRIBER_MEMBER_ID#1 (member id) is required for payer claims; send the subscriber's member id"
                        + " from the insurance card");
    }

    static Set<ClaimField> removableFields() {
        return REMOVERS.keySet();
    }

    @ParameterizedTest
    @MethodSource("removableFields")
    void missingFieldIsRequired(ClaimField field) {
        ClaimFixture claim = new ClaimFixture();
        REMOVERS.get(field).accept(claim);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .contains(tuple(ViolationCodes.REQUIRED, field.name() + "#1"));
    }

    @Test
    void subscriberWhoIsNotPatientMayOmitDemographics() {
        ClaimFixture claim = new ClaimFixture();
        claim.relationship = "19";
        claim.subscriberBirthDate = null;
        claim.subscriberSex = null;
        claim.subscriberAddress = null;

        List<Violation> violations = claim.validate();

        assertThat(violations).isEmpty();
    }

    @Test
    void futureBirthDateIsRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.patientBirthDate = ClaimFixture.TODAY.plusDays(1);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.FUTURE_DATE, "PATIENT_BIRTH_DATE#1"));
    }

    @Test
    void birthDateTodayIsAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.patientBirthDate = ClaimFixture.TODAY;
        claim.subscriberBirthDate = ClaimFixture.TODAY;

        assertThat(claim.validate()).isEmpty();
    }

    @Test
    void futureServiceDateIsRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.line(2).serviceDate = ClaimFixture.TODAY.plusDays(1);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.FUTURE_DATE, "LINE_SERVICE_DATE#2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"F", "M", "U"})
    void sexCodeIsAccepted(String sex) {
        ClaimFixture claim = new ClaimFixture();
        claim.patientSex = sex;
        claim.subscriberSex = sex;

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "O", "f", "FEMALE"})
    void sexCodeIsRejected(String sex) {
        ClaimFixture claim = new ClaimFixture();
        claim.patientSex = sex;

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_SEX, "PATIENT_SEX#1 (patient sex) must be F, M or U"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IL", "DC", "PR", "GU", "VI", "AS", "MP", "AE"})
    void stateIsAccepted(String state) {
        ClaimFixture claim = new ClaimFixture();
        claim.patientAddress = new Address("12 ELM ST", null, "SPRINGFIELD", state, "62701");

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "il", "ILL", "ON"})
    void stateIsRejected(String state) {
        ClaimFixture claim = new ClaimFixture();
        claim.patientAddress = new Address("12 ELM ST", null, "SPRINGFIELD", state, "62701");

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_STATE, "PATIENT_STATE#1 (patient state) must be the USPS code of a US state,"
                        + " DC, territory or military post office; received " + state));
    }

    @ParameterizedTest
    @ValueSource(strings = {"62701", "627011234", "00901"})
    void zipIsAccepted(String zip) {
        ClaimFixture claim = new ClaimFixture();
        claim.subscriberAddress = new Address("12 ELM ST", null, "SPRINGFIELD", "IL", zip);

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6270", "62701-1234", "6270112", "ABCDE", "6270112345"})
    void zipIsRejected(String zip) {
        ClaimFixture claim = new ClaimFixture();
        claim.subscriberAddress = new Address("12 ELM ST", null, "SPRINGFIELD", "IL", zip);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_ZIP, "SUBSCRIBER_POSTAL_CODE#1 (subscriber ZIP code) must be 5 or 9 digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1987654328", "1555555550", "1300000001"})
    void npiWithCheckDigitIsAccepted(String npi) {
        ClaimFixture claim = new ClaimFixture();
        claim.renderingProvider = new Provider(npi, null);
        claim.line(1).provider = new Provider(npi, null);

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "123456789", "12345678930", "123456789X", "9941339108"})
    void npiIsRejected(String npi) {
        ClaimFixture claim = new ClaimFixture();
        claim.renderingProvider = new Provider(npi, null);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_NPI, "CLAIM_RENDERING_NPI#1 (rendering provider NPI) must be a 10-digit NPI"
                        + " whose last digit is its check digit; received " + npi));
    }

    @Test
    void lineNpiIsRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.line(2).provider = new Provider("1234567890", null);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_NPI, "LINE_RENDERING_NPI#2"));
    }

    @Test
    void providerWithoutNpiIsRequired() {
        ClaimFixture claim = new ClaimFixture();
        claim.renderingProvider = new Provider(null, new PersonName("DOCTOR", "DANA", null, null));

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.REQUIRED, "CLAIM_RENDERING_NPI#1"));
    }

    @Test
    void missingRenderingProviderIsAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.renderingProvider = null;

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"J45.909", "J45909", "A00", "Z00.129", "S72.001A", "U07.1", "E11.9", "I10"})
    void icd10CmCodeIsAccepted(String code) {
        ClaimFixture claim = new ClaimFixture();
        claim.diagnoses = List.of(code, "R05.9");

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"786.50", "J4", "J45.", "J45.90999", "29857009", "j45.909", "JJ5.9", "J45..9"})
    void icd10CmCodeIsRejected(String code) {
        ClaimFixture claim = new ClaimFixture();
        claim.diagnoses = List.of(code, "R05.9");

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_ICD10CM, "CLAIM_DIAGNOSIS_CODE#1 (diagnosis code) must be an ICD-10-CM code:"
                        + " a letter, a digit, a letter or digit, then up to 4 letters or digits after an optional"
                        + " point; received " + code));
    }

    @Test
    void twelveDiagnosesAreAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.diagnoses = diagnosisCodes(12);

        assertThat(claim.validate()).isEmpty();
    }

    @Test
    void thirteenDiagnosesAreRejectedAndKept() {
        ClaimFixture claim = new ClaimFixture();
        claim.diagnoses = diagnosisCodes(13);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.TOO_MANY_DIAGNOSES, "CLAIM_DIAGNOSIS_COUNT#13 (diagnosis count) must be at most 12"
                        + " per claim; received 13 diagnosis codes, so split the visit into claims of at most 12"
                        + " diagnosis codes each"));
        assertThat(claim.build().diagnosisCodes()).hasSize(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99213", "00100", "0001F", "0075T", "G0008", "A4216", "V2020", "J3490"})
    void procedureCodeIsAccepted(String code) {
        ClaimFixture claim = new ClaimFixture();
        claim.line(1).procedure = code;

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"626.2", "9921", "992134", "W1234", "0001A", "G008", "99213-25"})
    void procedureCodeIsRejected(String code) {
        ClaimFixture claim = new ClaimFixture();
        claim.line(1).procedure = code;

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_PROCEDURE_CODE, "LINE_PROCEDURE_CODE#1 (procedure code) must be a CPT code"
                        + " (5 digits, or 4 digits and F or T) or a HCPCS Level II code (a letter A to V and 4"
                        + " digits); received " + code));
    }

    @Test
    void fourModifiersAreAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.line(1).modifiers = List.of("25", "59", "LT", "XS");

        assertThat(claim.validate()).isEmpty();
    }

    @Test
    void invalidModifiersAreRejectedTogether() {
        ClaimFixture claim = new ClaimFixture();
        claim.line(1).modifiers = List.of("2", "LT", "ABC");

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.INVALID_MODIFIER, "LINE_MODIFIER#1 (procedure modifier) must be 2 letters or digits"
                        + " each; received 2, ABC"));
    }

    @Test
    void fiveModifiersAreRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.line(2).modifiers = List.of("25", "59", "LT", "XS", "GT");

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.TOO_MANY_MODIFIERS, "LINE_MODIFIER#2"));
    }

    @Test
    void fractionalUnitsAreAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.line(1).units = new BigDecimal("0.5");

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.000"})
    void nonpositiveUnitsAreRejected(String units) {
        ClaimFixture claim = new ClaimFixture();
        claim.line(1).units = new BigDecimal(units);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.NONPOSITIVE_UNITS, "LINE_UNITS#1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-100.00"})
    void nonpositiveChargeIsRejected(String charge) {
        ClaimFixture claim = new ClaimFixture();
        claim.line(2).charge = new BigDecimal(charge);
        claim.total = new BigDecimal("100.00").add(new BigDecimal(charge));

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.NONPOSITIVE_CHARGE, "LINE_CHARGE#2"));
    }

    @Test
    void totalInOtherScaleIsAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.total = new BigDecimal("200");

        assertThat(claim.validate()).isEmpty();
    }

    @Test
    void totalDifferentFromLineSumIsRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.total = new BigDecimal("150.00");

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.TOTAL_MISMATCH, "CLAIM_TOTAL_CHARGE#1 (total charge) must equal the sum of the line"
                        + " charges 200.00; received 150.00"));
    }

    @Test
    void fourPointersAreAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.diagnoses = diagnosisCodes(4);
        claim.line(1).pointers = List.of(4, 3, 2, 1);

        assertThat(claim.validate()).isEmpty();
    }

    @Test
    void fivePointersAreRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.diagnoses = diagnosisCodes(5);
        claim.line(1).pointers = List.of(1, 2, 3, 4, 5);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.TOO_MANY_DIAGNOSIS_POINTERS, "LINE_DIAGNOSIS_POINTER#1"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void pointerOutsideDiagnosisListIsRejected(int pointer) {
        ClaimFixture claim = new ClaimFixture();
        claim.line(2).pointers = List.of(1, pointer);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, Violation::message).containsExactly(tuple(
                ViolationCodes.DIAGNOSIS_POINTER_OUT_OF_RANGE, "LINE_DIAGNOSIS_POINTER#2 (line diagnosis) must point"
                        + " to diagnoses 1 to 2; received pointer " + pointer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "18", "19", "20", "21", "39", "40", "53", "G8"})
    void relationshipCodeIsAccepted(String code) {
        ClaimFixture claim = new ClaimFixture();
        claim.relationship = code;

        assertThat(claim.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPO", "02", "17"})
    void relationshipCodeIsRejected(String code) {
        ClaimFixture claim = new ClaimFixture();
        claim.relationship = code;

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_RELATIONSHIP, "SUBSCRIBER_RELATIONSHIP#1"));
    }

    @Test
    void placeOfServiceCodeIsRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.placeOfService = "1";

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_PLACE_OF_SERVICE, "CLAIM_PLACE_OF_SERVICE#1"));
    }

    @Test
    void controlNumberOf38CharactersIsAccepted() {
        ClaimFixture claim = new ClaimFixture();
        claim.controlNumber = "V".repeat(38);

        assertThat(claim.validate()).isEmpty();
    }

    @Test
    void controlNumberOver38CharactersIsRejected() {
        ClaimFixture claim = new ClaimFixture();
        claim.controlNumber = "V".repeat(39);

        List<Violation> violations = claim.validate();

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.TOO_LONG, "CLAIM_PATIENT_CONTROL_NUMBER#1"));
    }

    @Test
    void sameLocationIsReportedOnce() {
        FieldLocator oneLocationForNames = (field, occurrence) -> field == ClaimField.SUBSCRIBER_LAST_NAME
                ? ClaimFixture.LOCATOR.locate(ClaimField.PATIENT_LAST_NAME, occurrence)
                : ClaimFixture.LOCATOR.locate(field, occurrence);
        ClaimFixture claim = new ClaimFixture();
        claim.patientName = new PersonName(null, "ALEX", null, null);
        claim.subscriberName = claim.patientName;

        List<Violation> violations = new ClaimValidator().validate(claim.build(), oneLocationForNames,
                ClaimFixture.TODAY);

        assertThat(violations).extracting(Violation::message).containsExactly(
                "PATIENT_LAST_NAME#1 (patient last name) is required for payer claims; send the patient's family"
                        + " name");
    }

    @Test
    void messagesQuoteNoPatientData() {
        ClaimFixture claim = new ClaimFixture();
        claim.patientName = new PersonName("ZEBRAFAMILY", null, null, null);
        claim.patientBirthDate = ClaimFixture.TODAY.plusYears(1);
        claim.patientSex = "ZEBRA";
        claim.patientAddress = new Address("99 ZEBRA ROAD", null, "ZEBRATOWN", "ZEBRA STATE", "ZEBRA");
        claim.memberId = "ZEBRA-MEMBER";
        claim.relationship = "ZEBRA RELATIONSHIP";
        claim.diagnoses = List.of("ZEBRA PATIENT TEXT");

        List<Violation> violations = claim.validate();

        assertThat(violations).hasSizeGreaterThanOrEqualTo(6);
        assertThat(violations).extracting(Violation::message).noneMatch(message -> message.contains("ZEBRA"));
        assertThat(violations).extracting(Violation::message)
                .noneMatch(message -> message.contains(claim.patientBirthDate.toString()));
    }

    private static List<String> diagnosisCodes(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(String.format("J%02d.9", 10 + i));
        }
        return codes;
    }
}
