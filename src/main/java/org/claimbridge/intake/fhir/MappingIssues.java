package org.claimbridge.intake.fhir;

import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.validation.ViolationText;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Problems found while reading resources into the claim model, before the claim rules run. */
final class MappingIssues {

    private final List<FhirIssue> issues = new ArrayList<>();

    /** Adds an issue whose diagnostics are the expression followed by the rule. */
    void add(String reasonCode, IssueType type, String expression, String rule) {
        issues.add(new FhirIssue(reasonCode, type, expression, expression + " " + rule));
    }

    /** Reports a reference that names no resource the gateway can read. */
    void unresolved(String expression, String expectedType) {
        add(FhirReasonCodes.UNRESOLVED_REFERENCE, IssueType.NOTFOUND, expression, "must reference a "
                + expectedType + " contained in the resource, in the same Bundle, or created earlier by this client"
                + " (" + expectedType + "/<id> as the gateway returned it)");
    }

    /** Reports a coding from a code system the 837P or the 270 cannot carry. */
    void wrongSystem(String reasonCode, String expression, String rule, String system) {
        String received = system == null ? "; received a code without a system"
                : ViolationText.isCodeShaped(system) || system.startsWith("http") || system.startsWith("urn:")
                        ? "; received system " + (system.length() > 100 ? system.substring(0, 100) : system)
                        : ViolationText.received(system);
        add(reasonCode, IssueType.CODEINVALID, expression, rule + received);
    }

    List<FhirIssue> issues() {
        return List.copyOf(issues);
    }
}
