package org.claimbridge.intake.fhir;

import java.time.Clock;
import java.time.LocalDate;


import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.eligibility.EligibilityClient;
import org.claimbridge.eligibility.EligibilityRequest;
import org.claimbridge.eligibility.EligibilityResult;
import org.claimbridge.eligibility.EligibilityStatus;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * POST /fhir/r4/CoverageEligibilityRequest: reads the request into an X12 270 inquiry, runs the 270/271
 * exchange through the eligibility client while the HTTP request waits, and responds with a
 * CoverageEligibilityResponse. A failed exchange (timeout, connection, CORE error, unreadable 271) gets
 * HTTP 504 for a timeout and 502 otherwise, with an OperationOutcome. Inquiries are not stored.
 */
@Component
class EligibilityFront {

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityFront.class);

    private final EligibilityClient client;
    private final ClaimBridgeProperties.Eligibility settings;
    private final Clock clock;

    EligibilityFront(EligibilityClient client, ClaimBridgeProperties properties, Clock clock) {
        this.client = client;
        this.settings = properties.eligibility();
        this.clock = clock;
    }

    FhirReply check(FhirRequest request, Resource resource, ReferenceResolver resolver) {
        CoverageEligibilityRequest inquiry = (CoverageEligibilityRequest) resource;
        Resolved<CoverageEligibilityRequest> resolved = new Resolved<>(inquiry, inquiry.fhirType(), inquiry);
        EligibilityReader.Read read = new EligibilityReader(resolver, settings.providerNpi(),
                settings.providerName(), LocalDate.now(clock)).read(resolved);
        if (!read.issues().isEmpty()) {
            LOG.info("CoverageEligibilityRequest from client {} rejected with {} issues", request.clientId(),
                    read.issues().size());
            return FhirReply.of(422, OperationOutcomes.errors(read.issues()));
        }
        EligibilityRequest x12Request = read.request();
        EligibilityResult result = client.check(x12Request);
        LOG.info("CoverageEligibilityRequest from client {} for payer {}: {}", request.clientId(),
                x12Request.payerId(), result.failure() == null ? result.status() : result.failure().code());
        if (result.status() == EligibilityStatus.ERROR) {
            boolean timeout = EligibilityResult.Failure.TIMEOUT.equals(result.failure().code());
            OperationOutcome outcome = OperationOutcomes.error(new FhirIssue(FhirReasonCodes.ELIGIBILITY_FAILED,
                    timeout ? IssueType.TIMEOUT : IssueType.TRANSIENT, null, result.failure().code() + ": "
                            + result.failure().message()));
            return FhirReply.of(timeout ? 504 : 502, outcome);
        }
        return FhirReply.of(200, EligibilityResponses.of(inquiry, result, clock));
    }

}
