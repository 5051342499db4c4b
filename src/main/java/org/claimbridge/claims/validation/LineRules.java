package org.claimbridge.claims.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.ServiceLine;

/** Rules for the service lines and the claim total. */
final class LineRules {

    /** SV101-3 to SV101-6 take at most four modifiers. */
    static final int MAX_MODIFIERS = 4;
    /** SV107 takes at most four diagnosis pointers. */
    static final int MAX_POINTERS = 4;

    private final Findings findings;
    private final ClaimRules claimRules;
    private final LocalDate today;

    LineRules(Findings findings, ClaimRules claimRules, LocalDate today) {
        this.findings = findings;
        this.claimRules = claimRules;
        this.today = today;
    }

    void check(Claim claim) {
        List<ServiceLine> lines = claim.serviceLines();
        if (lines == null || lines.isEmpty()) {
            findings.required(ClaimField.SERVICE_LINE, 1);
        } else {
            int diagnosisCount = claim.diagnosisCodes() == null ? 0 : claim.diagnosisCodes().size();
            for (int i = 0; i < lines.size(); i++) {
                checkLine(lines.get(i), i + 1, diagnosisCount);
            }
        }
        checkTotal(claim.totalCharge(), lines);
    }

    private void checkLine(ServiceLine line, int occurrence, int diagnosisCount) {
        if (line == null) {
            findings.required(ClaimField.SERVICE_LINE, occurrence);
            return;
        }
        checkProcedure(line.procedureCode(), occurrence);
        checkModifiers(line.modifiers(), occurrence);
        checkPositive(line.units(), ClaimField.LINE_UNITS, ViolationCodes.NONPOSITIVE_UNITS, occurrence);
        checkPositive(line.chargeAmount(), ClaimField.LINE_CHARGE, ViolationCodes.NONPOSITIVE_CHARGE, occurrence);
        checkServiceDate(line.serviceDate(), occurrence);
        checkPointers(line.diagnosisPointers(), occurrence, diagnosisCount);
        claimRules.checkProvider(line.renderingProvider(), ClaimField.LINE_RENDERING_NPI, occurrence);
    }

    private void checkProcedure(String code, int occurrence) {
        if (Text.isBlank(code)) {
            findings.required(ClaimField.LINE_PROCEDURE_CODE, occurrence);
        } else if (!CodeFormats.isCptOrHcpcs(code)) {
            findings.add(ViolationCodes.INVALID_PROCEDURE_CODE, ClaimField.LINE_PROCEDURE_CODE, occurrence,
                    "must be a CPT code (5 digits, or 4 digits and F or T) or a HCPCS Level II code"
                            + " (a letter A to V and 4 digits)" + ViolationText.received(code));
        }
    }

    /** Reports too many modifiers, or else all invalid ones in one violation, since they share a location. */
    private void checkModifiers(List<String> modifiers, int occurrence) {
        if (modifiers == null || modifiers.isEmpty()) {
            return;
        }
        if (modifiers.size() > MAX_MODIFIERS) {
            findings.add(ViolationCodes.TOO_MANY_MODIFIERS, ClaimField.LINE_MODIFIER, occurrence,
                    "must list at most " + MAX_MODIFIERS + " modifiers; received " + modifiers.size());
            return;
        }
        List<String> invalid = new ArrayList<>();
        for (String modifier : modifiers) {
            if (!CodeFormats.isModifier(modifier)) {
                invalid.add(ViolationText.isCodeShaped(modifier) ? modifier : "a value that is not a code");
            }
        }
        if (!invalid.isEmpty()) {
            findings.add(ViolationCodes.INVALID_MODIFIER, ClaimField.LINE_MODIFIER, occurrence,
                    "must be 2 letters or digits each; received " + String.join(", ", invalid));
        }
    }

    private void checkPositive(BigDecimal value, ClaimField field, String code, int occurrence) {
        if (value == null) {
            findings.required(field, occurrence);
        } else if (value.signum() <= 0) {
            findings.add(code, field, occurrence, "must be greater than 0; received " + value.toPlainString());
        }
    }

    private void checkServiceDate(LocalDate date, int occurrence) {
        if (date == null) {
            findings.required(ClaimField.LINE_SERVICE_DATE, occurrence);
        } else if (date.isAfter(today)) {
            findings.add(ViolationCodes.FUTURE_DATE, ClaimField.LINE_SERVICE_DATE, occurrence,
                    "must not be later than today");
        }
    }

    private void checkPointers(List<Integer> pointers, int occurrence, int diagnosisCount) {
        if (pointers == null || pointers.isEmpty()) {
            findings.required(ClaimField.LINE_DIAGNOSIS_POINTER, occurrence);
            return;
        }
        if (pointers.size() > MAX_POINTERS) {
            findings.add(ViolationCodes.TOO_MANY_DIAGNOSIS_POINTERS, ClaimField.LINE_DIAGNOSIS_POINTER, occurrence,
                    "must point to at most " + MAX_POINTERS + " diagnoses; received " + pointers.size()
                            + ", so send the " + MAX_POINTERS + " that apply to this service");
            return;
        }
        for (Integer pointer : pointers) {
            if (pointer == null || pointer < 1 || pointer > diagnosisCount) {
                findings.add(ViolationCodes.DIAGNOSIS_POINTER_OUT_OF_RANGE, ClaimField.LINE_DIAGNOSIS_POINTER,
                        occurrence, "must point to diagnoses 1 to " + diagnosisCount + "; received pointer "
                                + pointer);
                return;
            }
        }
    }

    private void checkTotal(BigDecimal total, List<ServiceLine> lines) {
        if (total == null) {
            findings.required(ClaimField.CLAIM_TOTAL_CHARGE, 1);
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        if (lines != null) {
            for (ServiceLine line : lines) {
                if (line != null && line.chargeAmount() != null) {
                    sum = sum.add(line.chargeAmount());
                }
            }
        }
        if (total.compareTo(sum) != 0) {
            findings.add(ViolationCodes.TOTAL_MISMATCH, ClaimField.CLAIM_TOTAL_CHARGE, 1,
                    "must equal the sum of the line charges " + sum.toPlainString() + "; received "
                            + total.toPlainString());
        }
    }
}
