package org.claimbridge.intake.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.claims.model.Patient;
import org.claimbridge.claims.model.Payer;
import org.claimbridge.claims.model.Subscriber;
import org.claimbridge.eligibility.EligibilityRequest;
import org.claimbridge.eligibility.checks.CoverageInquiry;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest.InsuranceComponent;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a CoverageEligibilityRequest, with the Patient, Coverage and payer it references, into an X12 270
 * inquiry. The information receiver is the Practitioner or Organization of CoverageEligibilityRequest.provider
 * when it has an NPI, else the configured claimbridge.eligibility provider.
 */
final class EligibilityReader {

    /**
     * The inquiry, or the issues that keep it from being sent.
     *
     * @param coverage the coverage checked, as the eligibility_check row stores it; null with issues
     */
    record Read(EligibilityRequest request, CoverageInquiry coverage, List<FhirIssue> issues) {
    }

    private final ReferenceResolver resolver;
    private final String defaultProviderNpi;
    private final String defaultProviderName;
    private final LocalDate today;

    EligibilityReader(ReferenceResolver resolver, String defaultProviderNpi, String defaultProviderName,
            LocalDate today) {
        this.resolver = resolver;
        this.defaultProviderNpi = defaultProviderNpi;
        this.defaultProviderName = defaultProviderName;
        this.today = today;
    }

    Read read(Resolved<CoverageEligibilityRequest> request) {
        MappingIssues issues = new MappingIssues();
        FhirFieldLocator locator = new FhirFieldLocator(request.path());
        CoverageEligibilityRequest resource = request.resource();

        Resolved<Resource> patientResource = resolver.resolve(request, resource.getPatient(), Resource.class);
        Patient patient = patientResource == null ? null
                : new PartyReader(locator, issues).read(patientResource, PartyReader.PersonFields.PATIENT);
        if (patient == null) {
            issues.unresolved(request.at("patient"), "Patient");
        }
        Resolved<Coverage> coverage = coverage(request, issues);
        if (patient == null || coverage == null) {
            return new Read(null, null, issues.issues());
        }
        CoverageReader coverages = new CoverageReader(resolver, locator, issues);
        Subscriber subscriber = coverages.subscriber(coverage, patient, patientResource);
        Payer payer = coverages.payer(coverage);
        List<FhirIssue> found = new ArrayList<>(issues.issues());
        String path = coverage.path();
        require(found, subscriber.memberId(), path + ".subscriberId", "the subscriber's member id", 2, 80);
        require(found, payer == null ? null : payer.payerId(), path + ".payor", "the payer id", 2, 80);
        require(found, payer == null ? null : payer.name(), path + ".payor", "the payer name", 1, 60);
        requireNameAndBirthDate(found, patient, patientResource.path());
        EligibilityRequest.Dependent dependent = null;
        if (!subscriber.isPatient()) {
            requireNameAndBirthDate(found, new Patient(subscriber.name(), subscriber.birthDate(), null, null),
                    path + ".subscriber");
            if (found.isEmpty()) {
                dependent = new EligibilityRequest.Dependent(patient.name().last(), patient.name().first(),
                        patient.birthDate(), dependentCode(subscriber.relationshipToPatient()));
            }
        }
        if (!found.isEmpty()) {
            return new Read(null, null, List.copyOf(found));
        }
        String[] provider = provider(request);
        Patient holder = subscriber.isPatient() ? patient
                : new Patient(subscriber.name(), subscriber.birthDate(), null, null);
        LocalDate dateOfService = serviceDate(resource);
        return new Read(new EligibilityRequest(payer.payerId(), payer.name(), provider[0], provider[1], null,
                subscriber.memberId(), holder.name().last(), holder.name().first(), holder.birthDate(), dependent,
                dateOfService, null), new CoverageInquiry(patient, subscriber, payer, dateOfService), List.of());
    }

    private Resolved<Coverage> coverage(Resolved<CoverageEligibilityRequest> request, MappingIssues issues) {
        List<InsuranceComponent> insurance = request.resource().getInsurance();
        int chosen = insurance.isEmpty() ? -1 : 0;
        for (int i = 0; i < insurance.size(); i++) {
            if (insurance.get(i).getFocal()) {
                chosen = i;
                break;
            }
        }
        if (chosen < 0) {
            issues.add(FhirReasonCodes.REQUIRED, IssueType.REQUIRED, request.at("insurance"), "is required; send the"
                    + " Coverage to check");
            return null;
        }
        Resolved<Coverage> coverage = resolver.resolve(request, insurance.get(chosen).getCoverage(), Coverage.class);
        if (coverage == null) {
            issues.unresolved(request.at("insurance[" + chosen + "].coverage"), "Coverage");
        }
        return coverage;
    }

    /** Returns the NPI and name of the information receiver. */
    private String[] provider(Resolved<CoverageEligibilityRequest> request) {
        Resolved<Resource> provider = resolver.resolve(request, request.resource().getProvider(), Resource.class);
        if (provider != null && provider.resource() instanceof Organization organization
                && isNpi(FhirCodeSystems.npi(organization.getIdentifier())) && organization.hasName()) {
            return new String[] {FhirCodeSystems.npi(organization.getIdentifier()), organization.getName()};
        }
        if (provider != null && provider.resource() instanceof Practitioner practitioner
                && isNpi(FhirCodeSystems.npi(practitioner.getIdentifier()))
                && practitioner.getNameFirstRep().hasFamily()) {
            return new String[] {FhirCodeSystems.npi(practitioner.getIdentifier()),
                    practitioner.getNameFirstRep().getFamily()};
        }
        return new String[] {defaultProviderNpi, defaultProviderName};
    }

    private static boolean isNpi(String value) {
        return value != null && value.matches("[0-9]{10}");
    }

    private LocalDate serviceDate(CoverageEligibilityRequest request) {
        if (request.hasServicedDateType()) {
            return LocalDate.of(request.getServicedDateType().getYear(), request.getServicedDateType().getMonth() + 1,
                    request.getServicedDateType().getDay());
        }
        if (request.hasServicedPeriod() && request.getServicedPeriod().hasStart()) {
            var start = request.getServicedPeriod().getStartElement();
            return LocalDate.of(start.getYear(), start.getMonth() + 1, start.getDay());
        }
        return today;
    }

    /** Returns the 2100D INS02 code for the patient's relationship: 01 spouse, 19 child, else 34 other adult. */
    private static String dependentCode(String x12Relationship) {
        return switch (x12Relationship == null ? "" : x12Relationship) {
            case "01" -> "01";
            case "19" -> "19";
            default -> "34";
        };
    }

    private static void requireNameAndBirthDate(List<FhirIssue> found, Patient person, String path) {
        require(found, person.name() == null ? null : person.name().last(), path + ".name.family", "the family name",
                1, 60);
        require(found, person.name() == null ? null : person.name().first(), path + ".name.given", "the given name", 1,
                35);
        if (person.birthDate() == null) {
            found.add(new FhirIssue(FhirReasonCodes.REQUIRED, IssueType.REQUIRED, path + ".birthDate", path
                    + ".birthDate is required for a 270 inquiry (DMG02); send the full birth date"));
        }
    }

    private static void require(List<FhirIssue> found, String value, String path, String what, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            found.add(new FhirIssue(FhirReasonCodes.REQUIRED, IssueType.REQUIRED, path, path + " is required for a"
                    + " 270 inquiry; send " + what));
        } else if (stripped.length() < min || stripped.length() > max) {
            found.add(new FhirIssue(FhirReasonCodes.INVALID_ELEMENT, IssueType.VALUE, path, path + " must have "
                    + min + " to " + max + " characters, the X12 limits; received " + stripped.length()));
        }
    }
}
