package org.claimbridge.claims.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Subscriber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemographicValidatorTest {

    private static final Patient PATIENT = new Patient(new PersonName("TESTPATIENT", "ALEX", null, null),
            ClaimFixture.TODAY.minusYears(40), "F", new Address("12 ELM ST", null, "SPRINGFIELD", "IL", "62701"));
    private static final Subscriber SELF = new Subscriber("SBX1000001", null, PATIENT.name(), PATIENT.birthDate(),
            "F", PATIENT.address(), Subscriber.SELF);
    private static final Payer PAYER = new Payer("SBX01", "SANDBOX HEALTH PLAN");

    private final DemographicValidator validator = new DemographicValidator(DemographicPolicy.REJECT_ALL);

    private static Validation validate(DemographicValidator validator, Demographics demographics) {
        return validator.validate(demographics, ClaimFixture.LOCATOR, ClaimFixture.TODAY);
    }

    private static List<String> codesAt(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + "@" + v.location().display()).toList();
    }

    @Test
    void completeRegistrationHasNoProblems() {
        Validation validation = validate(validator, new Demographics(PATIENT, "(555) 555-0100", SELF, PAYER));

        assertThat(validation.rejections()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
    }

    @Test
    void registrationWithoutCoverageChecksPatientOnly() {
        Validation validation = validate(validator, new Demographics(PATIENT, "5555550100", null, null));

        assertThat(validation.rejections()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(555) 555-0100", "555-555-0100", "+1 555 555 0100", "15555550100", "555.555.0100"})
    void northAmericanPhoneIsAccepted(String phone) {
        Validation validation = validate(validator, new Demographics(PATIENT, phone, null, null));

        assertThat(validation.rejections()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"78788788", "055-555-0100", "555-055-0100", "555-555-010x", "25555550100"})
    void invalidPhoneIsReportedWithoutItsValue(String phone) {
        Validation validation = validate(validator, new Demographics(PATIENT, phone, null, null));

        assertThat(codesAt(validation.rejections())).containsExactly("INVALID_PHONE@PATIENT_PHONE#1");
        assertThat(validation.rejections().get(0).message()).doesNotContain(phone);
    }

    @Test
    void missingPhoneIsRequired() {
        Validation validation = validate(validator, new Demographics(PATIENT, null, null, null));

        assertThat(validation.rejections()).extracting(Violation::message).containsExactly(
                "PATIENT_PHONE#1 (patient phone) is required for registrations and eligibility checks; send the"
                        + " patient's phone number");
    }

    @Test
    void warnRuleMovesProblemToWarnings() {
        DemographicValidator warning = new DemographicValidator(DemographicPolicy.of(Map.of("phone", "warn"),
                Map.of()));

        Validation validation = validate(warning, new Demographics(PATIENT, "123", null, null));

        assertThat(validation.rejections()).isEmpty();
        assertThat(codesAt(validation.warnings())).containsExactly("INVALID_PHONE@PATIENT_PHONE#1");
    }

    @Test
    void memberIdMustMatchPayerPattern() {
        DemographicValidator patterned = new DemographicValidator(DemographicPolicy.of(Map.of(),
                Map.of("SBX01", "SBX[0-9]{7}")));
        Subscriber wrongId = new Subscriber("W123456789", null, PATIENT.name(), PATIENT.birthDate(), "F",
                PATIENT.address(), Subscriber.SELF);

        Validation validation = validate(patterned, new Demographics(PATIENT, "5555550100", wrongId, PAYER));

        assertThat(codesAt(validation.rejections())).containsExactly("INVALID_MEMBER_ID@SUBSCRIBER_MEMBER_ID#1");
        assertThat(validation.rejections().get(0).message()).contains("payer SBX01", "SBX[0-9]{7}")
                .doesNotContain("W123456789");
    }

    @Test
    void otherPayerIgnoresPattern() {
        DemographicValidator patterned = new DemographicValidator(DemographicPolicy.of(Map.of(),
                Map.of("SBX02", "SBX[0-9]{7}")));

        Validation validation = validate(patterned, new Demographics(PATIENT, "5555550100", SELF, PAYER));

        assertThat(validation.rejections()).isEmpty();
    }

    @Test
    void oneCharacterIdsAreInvalid() {
        Subscriber shortId = new Subscriber("7", null, PATIENT.name(), PATIENT.birthDate(), "F", PATIENT.address(),
                Subscriber.SELF);

        Validation validation = validate(validator,
                new Demographics(PATIENT, "5555550100", shortId, new Payer("1", "ABC PLAN")));

        assertThat(codesAt(validation.rejections())).containsExactly("INVALID_MEMBER_ID@SUBSCRIBER_MEMBER_ID#1",
                "INVALID_PAYER_ID@PAYER_ID#1");
    }

    @Test
    void dependentNeedsSubscriberBirthDate() {
        Subscriber parent = new Subscriber("SBX1000006", null, new PersonName("TESTPARENT", "JORDAN", null, null),
                null, null, null, "19");

        Validation validation = validate(validator, new Demographics(PATIENT, "5555550100", parent, PAYER));

        assertThat(codesAt(validation.rejections())).containsExactly("REQUIRED@SUBSCRIBER_BIRTH_DATE#1");
    }

    @Test
    void claimPathKeepsDependentBirthDateOptional() {
        ClaimFixture claim = new ClaimFixture();
        claim.relationship = "19";
        claim.subscriberBirthDate = null;

        assertThat(new ClaimValidator(DemographicPolicy.of(Map.of("subscriber", "warn"), Map.of()))
                .validate(claim.build(), ClaimFixture.LOCATOR, ClaimFixture.TODAY)).isEmpty();
    }

    @Test
    void claimPathRejectsWhateverTheSeverity() {
        ClaimFixture claim = new ClaimFixture();
        claim.patientAddress = new Address("12 ELM ST", null, "SPRINGFIELD", "XX", "62701");

        List<Violation> violations = new ClaimValidator(DemographicPolicy.of(Map.of("address", "warn"), Map.of()))
                .validate(claim.build(), ClaimFixture.LOCATOR, ClaimFixture.TODAY);

        assertThat(violations).extracting(Violation::code, v -> v.location().display())
                .containsExactly(tuple(ViolationCodes.INVALID_STATE, "PATIENT_STATE#1"));
    }

    @Test
    void claimPathAppliesMemberIdPattern() {
        ClaimFixture claim = new ClaimFixture();

        List<Violation> violations = new ClaimValidator(DemographicPolicy.of(Map.of(),
                Map.of("SBX01", "SBX[0-9]{7}"))).validate(claim.build(), ClaimFixture.LOCATOR, ClaimFixture.TODAY);

        assertThat(codesAt(violations)).containsExactly("INVALID_MEMBER_ID@SUBSCRIBER_MEMBER_ID#1");
    }

    @Test
    void unknownRuleKeyNamesValidKeys() {
        assertThatThrownBy(() -> DemographicPolicy.of(Map.of("zip", "warn"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimbridge.demographics.rules.zip")
                .hasMessageContaining("birth-date");
    }

    @Test
    void unknownSeverityNamesFix() {
        assertThatThrownBy(() -> DemographicPolicy.of(Map.of("phone", "ignore"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set it to reject or warn");
    }

    @Test
    void invalidPatternNamesPayer() {
        assertThatThrownBy(() -> DemographicPolicy.of(Map.of(), Map.of("SBX01", "SBX[")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payer SBX01");
    }
}
