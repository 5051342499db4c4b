package org.claimbridge.intake.fhir;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.claimbridge.eligibility.EligibilityResult;
import org.claimbridge.eligibility.EligibilityStatus;
import org.claimbridge.eligibility.Rejection;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
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
        response.setPatient(request.getPatient().copy());
        response.setCreated(Date.from(clock.instant()));
        response.setRequest(requestReference(request));
        response.setInsurer(request.hasInsurer() ? request.getInsurer().copy() : new Reference().setDisplay("payer"));
        if (result.transactionControl() != null) {
            response.addIdentifier().setSystem("urn:claimbridge:x12-271-st02").setValue(result.transactionControl());
        }
        boolean covered = result.status() == EligibilityStatus.ACTIVE || result.status() == EligibilityStatus.INACTIVE;
        response.setOutcome(covered ? RemittanceOutcome.COMPLETE : RemittanceOutcome.ERROR);
        response.setDisposition(disposition(result.status()));
        if (covered) {
            response.addInsurance(insurance(request, result));
        }
        for (Rejection rejection : result.rejections()) {
            response.addError().setCode(new CodeableConcept(new Coding(REJECT_REASON_SYSTEM, rejection.reasonCode(),
                    rejection.description())).setText("AAA in loop " + rejection.aaaSegmentLoop() + ", follow-up "
                            + rejection.followUpCode()));
        }
        return response;
    }

    private static InsuranceComponent insurance(CoverageEligibilityRequest request, EligibilityResult result) {
        InsuranceComponent insurance = new InsuranceComponent();
        if (request.hasInsurance()) {
            insurance.setCoverage(request.getInsuranceFirstRep().getCoverage().copy());
        }
        insurance.setInforce(result.status() == EligibilityStatus.ACTIVE);
        if (result.planBegin() != null || result.planEnd() != null) {
            insurance.setBenefitPeriod(new Period().setStart(date(result.planBegin())).setEnd(date(result.planEnd())));
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

    private static Date date(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
