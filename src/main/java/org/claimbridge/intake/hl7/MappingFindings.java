package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.validation.FieldLocation;
import org.claimbridge.claims.validation.Violation;

/** Violations found while reading the message, before the claim exists: values the model cannot hold. */
final class MappingFindings {

    private final List<Violation> violations = new ArrayList<>();

    /** Adds a violation whose message is the location and label followed by the rule. */
    void add(String code, FieldLocation location, String label, String rule) {
        violations.add(new Violation(code, location, location.display() + " (" + label + ") " + rule));
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
