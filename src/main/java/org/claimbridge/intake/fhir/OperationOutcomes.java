package org.claimbridge.intake.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;

/** Builds OperationOutcome resources from issues. */
final class OperationOutcomes {

    private OperationOutcomes() {
    }

    /** Returns an OperationOutcome with one error issue per problem. */
    static OperationOutcome errors(List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : issues) {
            add(outcome, IssueSeverity.ERROR, issue);
        }
        return outcome;
    }

    static OperationOutcome error(FhirIssue issue) {
        return errors(List.of(issue));
    }

    /** Returns an OperationOutcome with one information issue, for successful bundle entries. */
    static OperationOutcome information(String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics(diagnostics);
        return outcome;
    }

    private static void add(OperationOutcome outcome, IssueSeverity severity, FhirIssue issue) {
        OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                .setSeverity(severity)
                .setCode(issue.type())
                .setDiagnostics(issue.diagnostics())
                .setDetails(new CodeableConcept(new Coding(FhirReasonCodes.SYSTEM, issue.reasonCode(), null)));
        if (issue.expression() != null) {
            component.addExpression(issue.expression());
        }
    }
}
