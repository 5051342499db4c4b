package org.claimbridge.claims.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects violations, locating each field through the format's locator. */
final class Findings {

    private final FieldLocator locator;
    private final List<Violation> violations = new ArrayList<>();

    Findings(FieldLocator locator) {
        this.locator = locator;
    }

    void required(ClaimField field, int occurrence) {
        add(ViolationCodes.REQUIRED, field, occurrence, "is required for payer claims; " + field.requiredFix());
    }

    /**
     * Adds a violation whose message is the field's location and label followed by the rule, for example
     * "FT1(1)-10 (service units) must be greater than 0; received 0".
     */
    void add(String code, ClaimField field, int occurrence, String rule) {
        FieldLocation location = locator.locate(field, occurrence);
        String message = location.display() + " (" + field.label() + ") " + rule;
        violations.add(new Violation(code, location, message));
    }

    /**
     * Returns the violations, one per location. Formats may map several claim fields to one place (an HL7
     * subscriber copied from PID when the patient is the subscriber), and one problem is reported once.
     */
    List<Violation> distinctByLocation() {
        Map<FieldLocation, Violation> byLocation = new LinkedHashMap<>();
        for (Violation violation : violations) {
            byLocation.putIfAbsent(violation.location(), violation);
        }
        return List.copyOf(byLocation.values());
    }
}
