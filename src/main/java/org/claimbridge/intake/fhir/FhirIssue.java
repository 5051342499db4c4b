package org.claimbridge.intake.fhir;

import org.claimbridge.claims.validation.Violation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One problem with a request, as an OperationOutcome issue carries it.
 *
 * @param reasonCode stable reason code, one of {@link FhirReasonCodes} or of
 *     {@link org.claimbridge.claims.validation.ViolationCodes}
 * @param type the FHIR issue type, for example required or invalid
 * @param expression FHIRPath of the offending element, for example Coverage.subscriberId, or null
 * @param diagnostics the element, the rule and the fix; never names, dates, member ids or addresses
 */
record FhirIssue(String reasonCode, IssueType type, String expression, String diagnostics) {

    static FhirIssue of(Violation violation) {
        IssueType type = "REQUIRED".equals(violation.code()) ? IssueType.REQUIRED : IssueType.BUSINESSRULE;
        return new FhirIssue(violation.code(), type, violation.location().display(), violation.message());
    }

    /** Returns this issue with its expression (and the diagnostics that start with it) under a new prefix. */
    FhirIssue under(String oldPrefix, String newPrefix) {
        if (expression == null || !expression.startsWith(oldPrefix)) {
            return this;
        }
        String moved = newPrefix + expression.substring(oldPrefix.length());
        String text = diagnostics.startsWith(expression) ? moved + diagnostics.substring(expression.length())
                : diagnostics;
        return new FhirIssue(reasonCode, type, moved, text);
    }
}
