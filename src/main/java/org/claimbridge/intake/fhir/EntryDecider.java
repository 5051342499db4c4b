package org.claimbridge.intake.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Provider;
import org.claimbridge.claims.validation.ClaimField;
import org.claimbridge.claims.validation.ClaimValidator;
import org.claimbridge.claims.validation.Violation;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * Decides whether one resource can be accepted, applying the claim rules that HL7 v2 intake applies: a
 * Claim is mapped and validated whole; a Patient, RelatedPerson or Coverage is validated against the rules of
 * its part of a claim; a Practitioner's NPI is checked. Stores nothing.
 */
final class EntryDecider {

    /**
     * The decision for one resource.
     *
     * @param claim the claim to queue for the 837P, for an accepted Claim; else null
     */
    record Decision(IntakeEntry entry, List<FhirIssue> issues, Claim claim) {

        boolean accepted() {
            return issues.isEmpty();
        }
    }

    private static final Set<ClaimField> PATIENT_FIELDS = EnumSet.of(ClaimField.PATIENT,
            ClaimField.PATIENT_LAST_NAME, ClaimField.PATIENT_FIRST_NAME, ClaimField.PATIENT_BIRTH_DATE,
            ClaimField.PATIENT_SEX, ClaimField.PATIENT_ADDRESS, ClaimField.PATIENT_ADDRESS_LINE,
            ClaimField.PATIENT_CITY, ClaimField.PATIENT_STATE, ClaimField.PATIENT_POSTAL_CODE);

    private static final Set<ClaimField> COVERAGE_FIELDS = EnumSet.range(ClaimField.SUBSCRIBER, ClaimField.PAYER_NAME);

    private final ClaimValidator validator = new ClaimValidator();
    private final String defaultPlaceOfService;
    private final Clock clock;

    EntryDecider(String defaultPlaceOfService, Clock clock) {
        this.defaultPlaceOfService = defaultPlaceOfService;
        this.clock = clock;
    }

    Decision decide(IntakeEntry entry, ReferenceResolver resolver) {
        Resource resource = entry.resource();
        if (resource instanceof org.hl7.fhir.r4.model.Claim claim) {
            ClaimMapper.Mapping mapping = new ClaimMapper(resolver, defaultPlaceOfService).map(entry.resolved(claim));
            List<FhirIssue> issues = merge(mapping.issues(), validate(mapping.claim(), mapping.locator()));
            return new Decision(entry, issues, issues.isEmpty() ? mapping.claim() : null);
        }
        return new Decision(entry, rulesOf(entry, resolver), null);
    }

    private List<FhirIssue> rulesOf(IntakeEntry entry, ReferenceResolver resolver) {
        Resource resource = entry.resource();
        if (resource instanceof org.hl7.fhir.r4.model.Patient
                || resource instanceof org.hl7.fhir.r4.model.RelatedPerson) {
            return person(entry);
        }
        if (resource instanceof Coverage coverage) {
            return coverage(entry.resolved(coverage), resolver);
        }
        if (resource instanceof Practitioner practitioner) {
            return practitioner(entry.resolved(practitioner));
        }
        List<FhirIssue> issues = new ArrayList<>();
        if (resource instanceof Appointment appointment && appointment.getParticipant().stream()
                .noneMatch(p -> p.getActor().getReference() != null || p.getActor().hasIdentifier())) {
            issues.add(required(entry.path() + ".participant.actor", "an appointment needs its patient as a"
                    + " participant"));
        }
        if (resource instanceof Encounter encounter && !encounter.hasSubject()) {
            issues.add(required(entry.path() + ".subject", "an encounter needs the patient it is for"));
        }
        if (resource instanceof Condition condition && !condition.hasSubject()) {
            issues.add(required(entry.path() + ".subject", "a condition needs the patient it is for"));
        }
        return issues;
    }

    private List<FhirIssue> person(IntakeEntry entry) {
        FhirFieldLocator locator = new FhirFieldLocator(entry.path(), PATIENT_FIELDS);
        MappingIssues issues = new MappingIssues();
        Patient patient = new PartyReader(locator, issues).read(entry.resolved(entry.resource()),
                PartyReader.PersonFields.PATIENT);
        return merge(issues.issues(), validate(claimWith(patient, null, null, null), locator));
    }

    private List<FhirIssue> coverage(Resolved<Coverage> coverage, ReferenceResolver resolver) {
        FhirFieldLocator locator = new FhirFieldLocator(coverage.path(), COVERAGE_FIELDS);
        MappingIssues issues = new MappingIssues();
        CoverageReader reader = new CoverageReader(resolver, locator, issues);
        Resolved<Resource> beneficiary = resolver.resolve(coverage, coverage.resource().getBeneficiary(),
                Resource.class);
        Patient patient = beneficiary == null ? null : new PartyReader(new FhirFieldLocator(coverage.path()),
                new MappingIssues()).read(beneficiary, PartyReader.PersonFields.PATIENT);
        if (patient == null) {
            issues.unresolved(coverage.at("beneficiary"), "Patient");
        }
        Claim claim = claimWith(patient, reader.subscriber(coverage, patient, beneficiary), reader.payer(coverage),
                null);
        return merge(issues.issues(), validate(claim, locator));
    }

    private List<FhirIssue> practitioner(Resolved<Practitioner> practitioner) {
        String npi = FhirCodeSystems.npi(practitioner.resource().getIdentifier());
        if (npi == null) {
            return List.of();
        }
        FhirFieldLocator locator = new FhirFieldLocator(practitioner.path(), EnumSet.of(ClaimField.CLAIM_RENDERING_NPI));
        locator.place(ClaimField.CLAIM_RENDERING_NPI, practitioner.at("identifier"));
        return validate(claimWith(null, null, null, new Provider(npi, null)), locator);
    }

    private static Claim claimWith(Patient patient, org.claimbridge.claims.model.Subscriber subscriber,
            org.claimbridge.claims.model.Payer payer, Provider provider) {
        return new Claim(null, null, null, patient, subscriber, payer, List.of(), List.of(), provider);
    }

    private List<FhirIssue> validate(Claim claim, FhirFieldLocator locator) {
        List<FhirIssue> issues = new ArrayList<>();
        for (Violation violation : validator.validate(claim, locator, LocalDate.now(clock))) {
            if (!FhirFieldLocator.OUT_OF_SCOPE.equals(violation.location())) {
                issues.add(FhirIssue.of(violation));
            }
        }
        return issues;
    }

    /** Keeps the first issue per element: reading problems first, then what the claim rules found. */
    private static List<FhirIssue> merge(List<FhirIssue> mapped, List<FhirIssue> validated) {
        Map<String, FhirIssue> byExpression = new LinkedHashMap<>();
        for (FhirIssue issue : mapped) {
            byExpression.putIfAbsent(issue.expression(), issue);
        }
        for (FhirIssue issue : validated) {
            byExpression.putIfAbsent(issue.expression(), issue);
        }
        return List.copyOf(byExpression.values());
    }

    private static FhirIssue required(String expression, String reason) {
        return new FhirIssue(FhirReasonCodes.REQUIRED, IssueType.REQUIRED, expression, expression + " is required;"
                + " " + reason);
    }
}
