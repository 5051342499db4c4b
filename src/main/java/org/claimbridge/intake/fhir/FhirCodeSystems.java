package org.claimbridge.intake.fhir;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;

/** The code and identifier systems the claim readers accept, as FHIR R4 and US Core name them. */
final class FhirCodeSystems {

    /**
     * ICD-10-CM, and WHO ICD-10 (http://hl7.org/fhir/sid/icd-10), which FHIR examples use for codes that
     * ICD-10-CM shares; the claim rules still check each code's ICD-10-CM format.
     */
    static final Set<String> DIAGNOSIS = Set.of("http://hl7.org/fhir/sid/icd-10-cm", "urn:oid:2.16.840.1.113883.6.90",
            "http://hl7.org/fhir/sid/icd-10", "urn:oid:2.16.840.1.113883.6.3");

    /** CPT and HCPCS Level II. */
    static final Set<String> PROCEDURE = Set.of("http://www.ama-assn.org/go/cpt", "urn:oid:2.16.840.1.113883.6.12",
            "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "urn:oid:2.16.840.1.113883.6.285");

    /** The National Provider Identifier system. */
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";

    private FhirCodeSystems() {
    }

    /** Returns the first coding of one of the systems, or null. */
    static Coding find(CodeableConcept concept, Set<String> systems) {
        for (Coding coding : concept.getCoding()) {
            if (coding.hasSystem() && systems.contains(coding.getSystem()) && coding.hasCode()) {
                return coding;
            }
        }
        return null;
    }

    /** Returns whether a coding system is a CMS place of service code set, whatever its spelling. */
    static boolean isPlaceOfService(String system) {
        return system != null && system.toLowerCase(Locale.ROOT).contains("place-of-service");
    }

    /** Returns the first NPI among the identifiers, or null. */
    static String npi(List<Identifier> identifiers) {
        for (Identifier identifier : identifiers) {
            if (NPI.equals(identifier.getSystem()) && identifier.hasValue()) {
                return identifier.getValue();
            }
        }
        return null;
    }
}
