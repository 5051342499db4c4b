package org.claimbridge.claims.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects violations, locating each field through the format's locator. The policy decides per field whether a
 * violation rejects or only warns.
 */
final class Findings {

    /** The clause of REQUIRED messages on the claim path. */
    static final String REQUIRED_FOR_CLAIMS = "is required for payer claims";

    private final FieldLocator locator;
    private final DemographicPolicy policy;
    private final String requiredClause;
    private final List<Violation> rejections = new ArrayList<>();
    private final List<Violation> warnings = new ArrayList<>();

    /** Creates findings where every violation rejects, as on the claim path. */
    Findings(FieldLocator locator) {
        this(locator, DemographicPolicy.REJECT_ALL, REQUIRED_FOR_CLAIMS);
    }

    /**
     * @param requiredClause what a missing field is required for, for example "is required for payer claims"
     */
    Findings(FieldLocator locator, DemographicPolicy policy, String requiredClause) {
        this.locator = locator;
        this.policy = policy;
        this.requiredClause = requiredClause;
    }

    DemographicPolicy policy() {
        return policy;
    }

    void required(ClaimField field, int occurrence) {
        add(ViolationCodes.REQUIRED, field, occurrence, requiredClause + "; " + field.requiredFix());
    }

    /**
     * Adds a violation whose message is the field's location and label followed by the rule, for example
     * "FT1(1)-10 (service units) must be greater than 0; received 0".
     */
    void add(String code, ClaimField field, int occurrence, String rule) {
        FieldLocation location = locator.locate(field, occurrence);
        String message = location.display() + " (" + field.label() + ") " + rule;
        Violation violation = new Violation(code, location, message);
        if (policy.severity(DemographicRule.of(field)) == Severity.WARN) {
            warnings.add(violation);
        } else {
            rejections.add(violation);
        }
    }

    /**
     * Returns the rejecting violations, one per location. Formats may map several claim fields to one place (an
     * HL7 subscriber copied from PID when the patient is the subscriber), and one problem is reported once.
     */
    List<Violation> distinctByLocation() {
        return distinct(rejections);
    }

    /** Returns the rejecting and the warning violations, each list with one violation per location. */
    Validation validation() {
        List<Violation> distinctRejections = distinct(rejections);
        List<Violation> distinctWarnings = new ArrayList<>();
        for (Violation warning : distinct(warnings)) {
            if (distinctRejections.stream().noneMatch(v -> v.location().equals(warning.location()))) {
                distinctWarnings.add(warning);
            }
        }
        return new Validation(distinctRejections, distinctWarnings);
    }

    private static List<Violation> distinct(List<Violation> violations) {
        Map<FieldLocation, Violation> byLocation = new LinkedHashMap<>();
        for (Violation violation : violations) {
            byLocation.putIfAbsent(violation.location(), violation);
        }
        return List.copyOf(byLocation.values());
    }
}
