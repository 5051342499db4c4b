package org.claimbridge.claims.validation;

import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Provider;

/** Rules for the claim-level fields: CLM01, place of service, rendering provider and the diagnosis list. */
final class ClaimRules {

    /** CLM01 maximum length in the 837P. */
    static final int MAX_PATIENT_CONTROL_NUMBER_LENGTH = 38;
    /** The HI segment of an 837P claim takes at most 12 diagnosis codes. */
    static final int MAX_DIAGNOSES = 12;

    private final Findings findings;

    ClaimRules(Findings findings) {
        this.findings = findings;
    }

    void check(Claim claim) {
        checkPatientControlNumber(claim.patientControlNumber());
        checkPlaceOfService(claim.placeOfServiceCode());
        checkProvider(claim.renderingProvider(), ClaimField.CLAIM_RENDERING_NPI, 1);
        checkDiagnoses(claim.diagnosisCodes());
    }

    /** Checks a provider's NPI. A null provider means none was sent, which the 837P allows. */
    void checkProvider(Provider provider, ClaimField field, int occurrence) {
        if (provider == null) {
            return;
        }
        if (Text.isBlank(provider.npi())) {
            findings.required(field, occurrence);
        } else if (!CodeFormats.isNpi(provider.npi())) {
            findings.add(ViolationCodes.INVALID_NPI, field, occurrence,
                    "must be a 10-digit NPI whose last digit is its check digit"
                            + ViolationText.received(provider.npi()));
        }
    }

    private void checkPatientControlNumber(String number) {
        if (Text.isBlank(number)) {
            findings.required(ClaimField.CLAIM_PATIENT_CONTROL_NUMBER, 1);
        } else if (number.length() > MAX_PATIENT_CONTROL_NUMBER_LENGTH) {
            findings.add(ViolationCodes.TOO_LONG, ClaimField.CLAIM_PATIENT_CONTROL_NUMBER, 1,
                    "must be at most " + MAX_PATIENT_CONTROL_NUMBER_LENGTH + " characters; received "
                            + number.length() + " characters");
        }
    }

    private void checkPlaceOfService(String code) {
        if (Text.isBlank(code)) {
            findings.required(ClaimField.CLAIM_PLACE_OF_SERVICE, 1);
        } else if (!CodeFormats.isPlaceOfService(code)) {
            findings.add(ViolationCodes.INVALID_PLACE_OF_SERVICE, ClaimField.CLAIM_PLACE_OF_SERVICE, 1,
                    "must be a two-digit CMS place of service code such as 11 (office)"
                            + ViolationText.received(code));
        }
    }

    /** Checks each code and the count. Codes beyond 12 are reported, never dropped. */
    private void checkDiagnoses(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            findings.required(ClaimField.CLAIM_DIAGNOSIS_CODE, 1);
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (Text.isBlank(code)) {
                findings.required(ClaimField.CLAIM_DIAGNOSIS_CODE, i + 1);
            } else if (!CodeFormats.isIcd10Cm(code)) {
                findings.add(ViolationCodes.INVALID_ICD10CM, ClaimField.CLAIM_DIAGNOSIS_CODE, i + 1,
                        "must be an ICD-10-CM code: a letter, a digit, a letter or digit, then up to 4 letters"
                                + " or digits after an optional point" + ViolationText.received(code));
            }
        }
        if (codes.size() > MAX_DIAGNOSES) {
            findings.add(ViolationCodes.TOO_MANY_DIAGNOSES, ClaimField.CLAIM_DIAGNOSIS_COUNT, MAX_DIAGNOSES + 1,
                    "must be at most " + MAX_DIAGNOSES + " per claim; received " + codes.size()
                            + " diagnosis codes, so split the visit into claims of at most " + MAX_DIAGNOSES
                            + " diagnosis codes each");
        }
    }
}
