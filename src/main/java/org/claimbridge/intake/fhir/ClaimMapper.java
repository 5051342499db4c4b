package org.claimbridge.intake.fhir;

import java.math.BigDecimal;
import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.ViolationCodes;
import org.hl7.fhir.r4.model.Claim.ClaimStatus;
import org.hl7.fhir.r4.model.Claim.InsuranceComponent;
import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.Claim.Use;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a FHIR Claim, with the Patient, Coverage, payer Organization, Practitioners and Conditions it
 * references, to the claim model; docs/FHIR.md lists every element.
 */
final class ClaimMapper {

    /** A mapped claim, the problems found while reading it, and where each claim field came from. */
    record Mapping(Claim claim, List<FhirIssue> issues, FhirFieldLocator locator) {
    }

    private final ReferenceResolver resolver;
    private final String defaultPlaceOfService;

    /** @param defaultPlaceOfService CMS place of service code for claims whose items carry none */
    ClaimMapper(ReferenceResolver resolver, String defaultPlaceOfService) {
        this.resolver = resolver;
        this.defaultPlaceOfService = defaultPlaceOfService;
    }

    Mapping map(Resolved<org.hl7.fhir.r4.model.Claim> claim) {
        FhirFieldLocator locator = new FhirFieldLocator(claim.path());
        MappingIssues issues = new MappingIssues();
        org.hl7.fhir.r4.model.Claim resource = claim.resource();
        checkKind(claim, issues);

        locator.place(ClaimField.CLAIM_PATIENT_CONTROL_NUMBER, claim.at("identifier[0].value"));
        String controlNumber = resource.hasIdentifier() ? resource.getIdentifierFirstRep().getValue() : null;

        Resolved<Resource> patientResource = resolver.resolve(claim, resource.getPatient(), Resource.class);
        Patient patient = null;
        if (patientResource != null && patientResource.resource() instanceof org.hl7.fhir.r4.model.Patient) {
            patient = new PartyReader(locator, issues).read(patientResource, PartyReader.PersonFields.PATIENT);
        } else {
            patientResource = null;
            locator.place(ClaimField.PATIENT, claim.at("patient"));
            if (ReferenceResolver.hasTarget(resource.getPatient())) {
                issues.unresolved(claim.at("patient"), "Patient");
            }
        }

        CoverageReader coverages = new CoverageReader(resolver, locator, issues);
        Resolved<Coverage> coverage = coverage(claim, issues, locator);
        DiagnosisReader diagnoses = new DiagnosisReader(resolver, locator, issues);
        diagnoses.read(claim);
        CareTeamReader careTeam = new CareTeamReader(resolver, issues);
        careTeam.read(claim, locator);
        List<ServiceLine> lines = new LineReader(diagnoses, careTeam, locator, issues).read(claim);

        Claim mapped = new Claim(controlNumber, total(claim, lines, locator), placeOfService(claim, locator, issues),
                patient, coverage == null ? null : coverages.subscriber(coverage, patient, patientResource),
                coverage == null ? null : coverages.payer(coverage), diagnoses.codes(), lines, careTeam.primary());
        return new Mapping(mapped, issues.issues(), locator);
    }

    /** Reports claims that are not professional claims for payment, which the 837P cannot carry. */
    private static void checkKind(Resolved<org.hl7.fhir.r4.model.Claim> claim, MappingIssues issues) {
        org.hl7.fhir.r4.model.Claim resource = claim.resource();
        String type = resource.getType().getCodingFirstRep().getCode();
        if (!"professional".equals(type)) {
            issues.add(FhirReasonCodes.UNSUPPORTED_CODE, IssueType.NOTSUPPORTED, claim.at("type"), "must be"
                    + " professional (system http://terminology.hl7.org/CodeSystem/claim-type), because the gateway"
                    + " sends professional claims as 837P; received " + (type == null ? "no code" : type));
        }
        if (resource.getUse() != Use.CLAIM) {
            issues.add(FhirReasonCodes.UNSUPPORTED_CODE, IssueType.NOTSUPPORTED, claim.at("use"), "must be claim;"
                    + " preauthorizations and predeterminations are not sent as 837P");
        }
        if (resource.getStatus() != ClaimStatus.ACTIVE) {
            issues.add(FhirReasonCodes.UNSUPPORTED_CODE, IssueType.BUSINESSRULE, claim.at("status"), "must be"
                    + " active; draft, cancelled and entered-in-error claims are not sent");
        }
    }

    /** Returns the Coverage of the focal insurance, else of the first. */
    private Resolved<Coverage> coverage(Resolved<org.hl7.fhir.r4.model.Claim> claim, MappingIssues issues,
            FhirFieldLocator locator) {
        List<InsuranceComponent> insurance = claim.resource().getInsurance();
        int chosen = insurance.isEmpty() ? -1 : 0;
        for (int i = 0; i < insurance.size(); i++) {
            if (insurance.get(i).getFocal()) {
                chosen = i;
                break;
            }
        }
        if (chosen < 0) {
            locator.place(ClaimField.SUBSCRIBER, claim.at("insurance"));
            locator.place(ClaimField.PAYER, claim.at("insurance"));
            return null;
        }
        String path = claim.at("insurance[" + chosen + "].coverage");
        Resolved<Coverage> coverage = resolver.resolve(claim, insurance.get(chosen).getCoverage(), Coverage.class);
        if (coverage == null) {
            issues.unresolved(path, "Coverage");
            locator.place(ClaimField.SUBSCRIBER, path);
            locator.place(ClaimField.PAYER, path);
        }
        return coverage;
    }

    /** Returns Claim.total, else the sum of the line charges. */
    private static BigDecimal total(Resolved<org.hl7.fhir.r4.model.Claim> claim, List<ServiceLine> lines,
            FhirFieldLocator locator) {
        locator.place(ClaimField.CLAIM_TOTAL_CHARGE, claim.at("total"));
        if (claim.resource().getTotal().hasValue()) {
            return claim.resource().getTotal().getValue();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ServiceLine line : lines) {
            if (line.chargeAmount() != null) {
                sum = sum.add(line.chargeAmount());
            }
        }
        return sum;
    }

    /**
     * Returns the place of service of the first item that has one, else the configured default. Items with
     * another place of service are reported, because an 837P claim has one (CLM05-1).
     */
    private String placeOfService(Resolved<org.hl7.fhir.r4.model.Claim> claim, FhirFieldLocator locator,
            MappingIssues issues) {
        String chosen = null;
        List<ItemComponent> items = claim.resource().getItem();
        for (int i = 0; i < items.size(); i++) {
            String path = claim.at("item[" + i + "].locationCodeableConcept");
            String code = placeOfService(items.get(i));
            if (code == null) {
                continue;
            }
            if (chosen == null) {
                chosen = code;
                locator.place(ClaimField.CLAIM_PLACE_OF_SERVICE, path);
            } else if (!chosen.equals(code)) {
                issues.add(ViolationCodes.INVALID_PLACE_OF_SERVICE, IssueType.BUSINESSRULE, path, "(place of"
                        + " service) must equal the first item's " + chosen + ", because an 837P claim has one place"
                        + " of service; send items of another place in a separate Claim");
            }
        }
        if (chosen == null) {
            locator.place(ClaimField.CLAIM_PLACE_OF_SERVICE, "claimbridge.claims.place-of-service-code");
            return defaultPlaceOfService;
        }
        return chosen;
    }

    private static String placeOfService(ItemComponent item) {
        for (Coding coding : item.getLocationCodeableConcept().getCoding()) {
            if (FhirCodeSystems.isPlaceOfService(coding.getSystem()) && coding.hasCode()) {
                return coding.getCode();
            }
        }
        return null;
    }
}
