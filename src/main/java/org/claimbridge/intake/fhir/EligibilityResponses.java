package org.claimbridge.intake.fhir;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;

import org.claimbridge.eligibility.EligibilityResult;
import org.claimbridge.eligibility.EligibilityStatus;
import org.claimbridge.eligibility.Rejection;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.EligibilityResponsePurpose;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.EligibilityResponseStatus;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.InsuranceComponent;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.ItemsComponent;
import org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds the CoverageEligibilityResponse of a 271. Active or inactive coverage gives outcome complete with
 * insurance.inforce, and a rejection gives outcome error with one error per AAA segment. The plan dates become
 * insurance.benefitPeriod, and copay and deductible become benefits of service type 30.
 */
final class EligibilityResponses {

    /** X12 AAA03 reject reason codes, as CoverageEligibilityResponse.error.code. */
    static final String REJECT_REASON_SYSTEM = "https://x12.org/codes/reject-reason-codes";
    /** X12 EB03 service type codes, as the benefit category. */
    static final String SERVICE_TYPE_SYSTEM = "https://x12.org/codes/service-type-codes";
    private static final String BENEFIT_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/benefit-type";

    private EligibilityResponses() {
    }

    static CoverageEligibilityResponse of(CoverageEligibilityRequest request, EligibilityResult result, Clock clock) {
        CoverageEligibilityResponse response = new CoverageEligibilityResponse();
        response.setStatus(EligibilityResponseStatus.ACTIVE);
        for (var purpose : request.getPurpose()) {
            response.addPurpose(EligibilityResponsePurpose.fromCode(purpose.getValue().toCode()));
        }
        if (response.getPurpose().isEmpty()) {
            response.addPurpose(EligibilityResponsePurpose.VALIDATION);
        }
        response.setPatient(reference(request, request.getPatient(), response));
        response.setCreated(Date.from(clock.instant()));
        response.setRequest(requestReference(request));
        response.setInsurer(request.hasInsurer() ? reference(request, request.getInsurer(), response)
                : new Reference().setDisplay("payer"));
        if (result.transactionControl() != null) {
            response.addIdentifier().setSystem("urn:claimbridge:x12-271-st02").setValue(result.transactionControl());
        }
        boolean covered = result.status() == EligibilityStatus.ACTIVE || result.status() == EligibilityStatus.INACTIVE;
        response.setOutcome(covered ? RemittanceOutcome.COMPLETE : RemittanceOutcome.ERROR);
        response.setDisposition(disposition(result.status()));
        if (covered) {
            response.addInsurance(insurance(request, result, response));
        }
        for (Rejection rejection : result.rejections()) {
            response.addError().setCode(new CodeableConcept(new Coding(REJECT_REASON_SYSTEM, rejection.reasonCode(),
                    rejection.description())).setText("AAA in loop " + rejection.aaaSegmentLoop() + ", follow-up "
                            + rejection.followUpCode()));
        }
        return response;
    }

    private static InsuranceComponent insurance(CoverageEligibilityRequest request, EligibilityResult result,
            CoverageEligibilityResponse response) {
        InsuranceComponent insurance = new InsuranceComponent();
        if (request.hasInsurance()) {
            insurance.setCoverage(reference(request, request.getInsuranceFirstRep().getCoverage(), response));
        }
        insurance.setInforce(result.status() == EligibilityStatus.ACTIVE);
        if (result.planBegin() != null || result.planEnd() != null) {
            Period period = new Period();
            if (result.planBegin() != null) {
                period.setStartElement(new DateTimeType(result.planBegin().toString()));
            }
            if (result.planEnd() != null) {
                period.setEndElement(new DateTimeType(result.planEnd().toString()));
            }
            insurance.setBenefitPeriod(period);
        }
        if (result.copay() != null || result.deductible() != null) {
            ItemsComponent item = insurance.addItem();
            item.setCategory(new CodeableConcept(new Coding(SERVICE_TYPE_SYSTEM, "30", "Health Benefit Plan Coverage")));
            addBenefit(item, "copay", result.copay());
            addBenefit(item, "deductible", result.deductible());
        }
        return insurance;
    }

    private static void addBenefit(ItemsComponent item, String type, BigDecimal amount) {
        if (amount != null) {
            item.addBenefit().setType(new CodeableConcept(new Coding(BENEFIT_TYPE_SYSTEM, type, null)))
                    .setAllowed(new Money().setValue(amount).setCurrency("USD"));
        }
    }

    private static Reference requestReference(CoverageEligibilityRequest request) {
        Reference reference = new Reference();
        if (request.hasIdentifier()) {
            reference.setIdentifier(request.getIdentifierFirstRep().copy());
        } else if (request.getIdElement().hasIdPart()) {
            reference.setDisplay("CoverageEligibilityRequest " + request.getIdElement().getIdPart());
        } else {
            reference.setDisplay("CoverageEligibilityRequest");
        }
        return reference;
    }

    private static String disposition(EligibilityStatus status) {
        return switch (status) {
            case ACTIVE -> "Coverage is active";
            case INACTIVE -> "Coverage is inactive";
            case UNKNOWN_MEMBER -> "The payer did not find the subscriber";
            case REJECTED -> "The payer rejected the inquiry";
            case ERROR -> "No eligibility response";
        };
    }

    /**
     * Returns a copy of a request reference. A reference to a contained resource of the request also copies
     * that resource into the response, whose own contained resources the reference then points to.
     */
    private static Reference reference(CoverageEligibilityRequest request, Reference reference,
            CoverageEligibilityResponse response) {
        String target = reference.getReference();
        if (target == null || !target.startsWith("#")) {
            return reference.copy();
        }
        String id = target.substring(1);
        boolean copied = response.getContained().stream().anyMatch(r -> id.equals(localId(r)));
        for (Resource contained : request.getContained()) {
            if (!copied && id.equals(localId(contained))) {
                response.addContained(contained.copy());
                copied = true;
            }
        }
        return new Reference(target);
    }

    private static String localId(Resource resource) {
        String id = resource.getIdElement().getIdPart();
        return id != null && id.startsWith("#") ? id.substring(1) : id;
    }
}
