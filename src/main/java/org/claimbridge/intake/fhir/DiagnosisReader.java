package org.claimbridge.intake.fhir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbridge.claims.validation.ViolationCodes;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Reads Claim.diagnosis in sequence order into the claim's diagnosis list. A diagnosis is a
 * diagnosisCodeableConcept or a diagnosisReference to a Condition, coded in ICD-10-CM.
 */
final class DiagnosisReader {

    private final ReferenceResolver resolver;
    private final FhirFieldLocator locator;
    private final MappingIssues issues;
    private final List<String> codes = new ArrayList<>();
    /** Claim.diagnosis.sequence to the one-based position in {@link #codes}. */
    private final Map<Integer, Integer> positions = new HashMap<>();

    DiagnosisReader(ReferenceResolver resolver, FhirFieldLocator locator, MappingIssues issues) {
        this.resolver = resolver;
        this.locator = locator;
        this.issues = issues;
    }

    void read(Resolved<org.hl7.fhir.r4.model.Claim> claim) {
        List<org.hl7.fhir.r4.model.Claim.DiagnosisComponent> diagnoses = claim.resource().getDiagnosis();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> diagnoses.get(i).getSequence()));
        for (int i : order) {
            org.hl7.fhir.r4.model.Claim.DiagnosisComponent diagnosis = diagnoses.get(i);
            String path = claim.at("diagnosis[" + i + "]");
            String code = diagnosis.hasDiagnosisReference()
                    ? fromCondition(claim, diagnosis, path + ".diagnosisReference")
                    : fromConcept(diagnosis.getDiagnosisCodeableConcept(), path + ".diagnosisCodeableConcept");
            codes.add(code);
            locator.addDiagnosis(path + (diagnosis.hasDiagnosisReference() ? ".diagnosisReference"
                    : ".diagnosisCodeableConcept"));
            positions.put(diagnosis.getSequence(), codes.size());
        }
    }

    /** Returns the codes in order; a diagnosis that could not be read is null, which the claim rules report. */
    List<String> codes() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(codes));
    }

    /** Returns the position of the diagnosis with this sequence, or null when there is none. */
    Integer position(int sequence) {
        return positions.get(sequence);
    }

    private String fromCondition(Resolved<?> claim, org.hl7.fhir.r4.model.Claim.DiagnosisComponent diagnosis,
            String path) {
        Resolved<Condition> condition = resolver.resolve(claim, diagnosis.getDiagnosisReference(), Condition.class);
        if (condition == null) {
            issues.unresolved(path, "Condition");
            return null;
        }
        return fromConcept(condition.resource().getCode(), path);
    }

    /** Returns the ICD-10-CM code; a coding without a system is taken as is for the format rules to check. */
    private String fromConcept(CodeableConcept concept, String path) {
        Coding icd = FhirCodeSystems.find(concept, FhirCodeSystems.DIAGNOSIS);
        if (icd != null) {
            return icd.getCode();
        }
        for (Coding coding : concept.getCoding()) {
            if (!coding.hasSystem() && coding.hasCode()) {
                return coding.getCode();
            }
        }
        if (concept.hasCoding()) {
            issues.wrongSystem(ViolationCodes.DIAGNOSIS_NOT_ICD10CM, path, "(diagnosis code) must be coded in"
                    + " ICD-10-CM (system http://hl7.org/fhir/sid/icd-10-cm)", concept.getCodingFirstRep().getSystem());
        } else {
            issues.add(ViolationCodes.REQUIRED, IssueType.REQUIRED, path, "(diagnosis code) is required for payer"
                    + " claims; send an ICD-10-CM coding");
        }
        return null;
    }
}
