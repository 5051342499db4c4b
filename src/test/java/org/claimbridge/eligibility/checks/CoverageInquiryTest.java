package org.claimbridge.eligibility.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.claimbridge.claims.model.Address;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.eligibility.EligibilityRequest;
import org.claimbridge.eligibility.EligibilityResult;
import org.claimbridge.eligibility.EligibilityStatus;
import org.claimbridge.eligibility.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageInquiryTest {

    private static final Address ADDRESS = new Address("1 MAIN ST", null, "SPRINGFIELD", "IL", "62701");
    private static final Patient CHILD = new Patient(new PersonName("SAMPLEFAM", "GRACE", null, null),
            LocalDate.of(2010, 9, 4), "F", ADDRESS);
    private static final Payer PAYER = new Payer("SBX01", "SANDBOX HEALTH PLAN");
    private static final LocalDate VISIT = LocalDate.of(2026, 12, 15);

    private static Subscriber parent(String relationship) {
        return new Subscriber("SBX1000006", null, new PersonName("SAMPLEFAM", "FRANK", null, null),
                LocalDate.of(1979, 3, 12), "M", ADDRESS, relationship);
    }

    @Test
    void selfInquiryHasNoDependent() {
        Subscriber self = new Subscriber("SBX1000001", null, new PersonName("SANDBOX", "ALICE", null, null),
                LocalDate.of(1980, 1, 15), "F", ADDRESS, Subscriber.SELF);

        EligibilityRequest request = new CoverageInquiry(CHILD, self, PAYER, VISIT).toRequest("1234567893", "PRACTICE");

        assertThat(request.hasDependent()).isFalse();
        assertThat(request.subscriberLastName()).isEqualTo("SANDBOX");
        assertThat(request.dateOfService()).isEqualTo(VISIT);
        assertThat(request.payerId()).isEqualTo("SBX01");
    }

    @ParameterizedTest
    @CsvSource(value = {"19, 19", "01, 01", "53, 34", "G8, null", "21, null"}, nullValues = "null")
    void dependentRelationshipMapsToIns02(String relationship, String ins02) {
        EligibilityRequest request = new CoverageInquiry(CHILD, parent(relationship), PAYER, VISIT)
                .toRequest("1234567893", "PRACTICE");

        assertThat(request.dependent().firstName()).isEqualTo("GRACE");
        assertThat(request.dependent().relationshipCode()).isEqualTo(ins02);
    }

    @Test
    void missingSubscriberNameIsInvalid() {
        Subscriber nameless = new Subscriber("SBX1000001", null, null, LocalDate.of(1980, 1, 15), "F", ADDRESS,
                Subscriber.SELF);

        assertThatThrownBy(() -> new CoverageInquiry(CHILD, nameless, PAYER, VISIT).toRequest("1234567893", "P"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subscriberLastName");
    }

    @Test
    void reasonsListAaaSegments() {
        EligibilityResult result = new EligibilityResult(EligibilityStatus.REJECTED, null, null, null, null,
                List.of(new Rejection("2100C", "72", "C", "Invalid member id"), new Rejection("2100B", "50", "N",
                        "Provider ineligible")), List.of(), "0001", null);

        assertThat(EligibilityChecks.reasons(result)).isEqualTo("2100C:72:C,2100B:50:N");
    }

    @Test
    void reasonsOfErrorAreFailureCode() {
        assertThat(EligibilityChecks.reasons(EligibilityResult.error("TIMEOUT", "no 271"))).isEqualTo("TIMEOUT");
    }

    @Test
    void holdReasonNamesStatusDateAndControl() {
        FlaggedCheck flagged = new FlaggedCheck(5, 9, "UNKNOWN_MEMBER", VISIT, "2100C:75:C", 42L);

        assertThat(flagged.holdReason()).isEqualTo(
                "eligibility UNKNOWN_MEMBER on 2026-12-15, AAA 2100C:75:C (eligibility check 5, 270 ISA13 42)");
    }
}
