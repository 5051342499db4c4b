package org.claimbridge.intake.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Synthetic FHIR resources for the tests. The patient is the sandbox roster's member SBX1000001 of payer
 * SBX01, so eligibility checks find her.
 */
final class FhirSamples {

    static final String MRN_SYSTEM = "urn:claimbridge:test-mrn";
    static final String CLAIM_SYSTEM = "urn:claimbridge:test-claim";
    static final String RENDERING_NPI = "9876543213";

    private FhirSamples() {
    }

    static Patient patient(String mrn) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(MRN_SYSTEM).setValue(mrn);
        patient.addName().setFamily("SANDBOX").addGiven("ALICE");
        patient.setBirthDateElement(new DateType("1980-01-15"));
        patient.setGender(AdministrativeGender.FEMALE);
        patient.addAddress().addLine("100 MAIN ST").setCity("SPRINGFIELD").setState("IL").setPostalCode("62701");
        return patient;
    }

    static Organization payer() {
        Organization payer = new Organization();
        payer.addIdentifier().setSystem("urn:claimbridge:payer-id").setValue("SBX01");
        payer.setName("SANDBOX HEALTH PLAN");
        return payer;
    }

    static Practitioner practitioner() {
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(FhirCodeSystems.NPI).setValue(RENDERING_NPI);
        practitioner.addName().setFamily("CAREFUL").addGiven("ADAM");
        return practitioner;
    }

    static Coverage coverage(String patientReference, String payerReference) {
        Coverage coverage = new Coverage();
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setSubscriberId("SBX1000001");
        coverage.setBeneficiary(new Reference(patientReference));
        coverage.setSubscriber(new Reference(patientReference));
        coverage.setRelationship(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", null)));
        coverage.addPayor(new Reference(payerReference));
        coverage.addClass_().setValue("GRP100").setType(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/coverage-class", "group", null)));
        return coverage;
    }

    /** Returns a professional claim for one office visit (99213, 125.00) with diagnosis J06.9. */
    static Claim claim(String claimNumber, String patientReference, String coverageReference,
            String practitionerReference) {
        Claim claim = new Claim();
        claim.addIdentifier().setSystem(CLAIM_SYSTEM).setValue(claimNumber);
        claim.setStatus(Claim.ClaimStatus.ACTIVE);
        claim.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/claim-type",
                "professional", null)));
        claim.setUse(Claim.Use.CLAIM);
        claim.setPatient(new Reference(patientReference));
        claim.setCreated(new Date());
        claim.setProvider(new Reference().setDisplay("SANDBOX FAMILY PRACTICE"));
        claim.setPriority(new CodeableConcept(new Coding(null, "normal", null)));
        claim.addCareTeam().setSequence(1).setProvider(new Reference(practitionerReference));
        claim.addDiagnosis().setSequence(1).setDiagnosis(new CodeableConcept(new Coding(
                "http://hl7.org/fhir/sid/icd-10-cm", "J06.9", null)));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference(coverageReference));
        Claim.ItemComponent item = claim.addItem().setSequence(1);
        item.addCareTeamSequence(1);
        item.addDiagnosisSequence(1);
        item.setProductOrService(new CodeableConcept(new Coding("http://www.ama-assn.org/go/cpt", "99213", null)));
        item.setServiced(new DateType(Date.from(LocalDate.now(ZoneOffset.UTC).minusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant())));
        item.setNet(new Money().setValue(new BigDecimal("125.00")).setCurrency("USD"));
        claim.setTotal(new Money().setValue(new BigDecimal("125.00")).setCurrency("USD"));
        return claim;
    }

    /** Returns a transaction of a patient, payer, practitioner, coverage and claim, linked by urn:uuid. */
    static Bundle claimTransaction(String mrn, String claimNumber) {
        String patient = "urn:uuid:" + java.util.UUID.randomUUID();
        String payer = "urn:uuid:" + java.util.UUID.randomUUID();
        String practitioner = "urn:uuid:" + java.util.UUID.randomUUID();
        String coverage = "urn:uuid:" + java.util.UUID.randomUUID();
        Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
        add(bundle, patient, patient(mrn));
        add(bundle, payer, payer());
        add(bundle, practitioner, practitioner());
        add(bundle, coverage, coverage(patient, payer));
        add(bundle, "urn:uuid:" + java.util.UUID.randomUUID(), claim(claimNumber, patient, coverage, practitioner));
        return bundle;
    }

    static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest().setMethod(HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }
}
