package org.claimbridge.intake.fhir;

import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.Violation;

/** Conversions of FHIR issues for the message store. */
final class FhirIssues {

    /** Maximum length of message_violation.location. */
    private static final int MAX_LOCATION = 128;

    private FhirIssues() {
    }

    /** Returns the issue as a stored violation, located at its FHIRPath. */
    static Violation toViolation(FhirIssue issue) {
        String expression = issue.expression() == null ? "(request)" : issue.expression();
        if (expression.length() > MAX_LOCATION) {
            expression = expression.substring(0, MAX_LOCATION);
        }
        String message = issue.diagnostics().length() > 2000 ? issue.diagnostics().substring(0, 2000)
                : issue.diagnostics();
        return new Violation(issue.reasonCode(), new FieldLocation(expression, null, 0, 0, 0), message);
    }
}
