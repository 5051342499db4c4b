package org.claimbridge.intake.fhir;

import java.util.List;

/** The resource types the gateway creates, in the order the CapabilityStatement lists them. */
final class SupportedResources {

    /** Types accepted by create, alone or as Bundle entries. */
    static final List<String> CREATE = List.of("Patient", "Coverage", "Appointment", "Encounter", "Claim",
            "RelatedPerson", "Organization", "Practitioner", "Condition");

    static final String ELIGIBILITY_REQUEST = "CoverageEligibilityRequest";

    private SupportedResources() {
    }

    static boolean isCreatable(String type) {
        return CREATE.contains(type);
    }
}
