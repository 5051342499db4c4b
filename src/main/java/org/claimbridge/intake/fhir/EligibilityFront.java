package org.claimbridge.intake.fhir;

import java.time.Clock;
import java.time.LocalDate;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.eligibility.EligibilityClient;
import org.claimbridge.eligibility.EligibilityExchange;
import org.claimbridge.eligibility.EligibilityResult;
import org.claimbridge.eligibility.EligibilityStatus;
import org.claimbridge.eligibility.checks.CompletedCheck;
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
 * HTTP 504 for a timeout and 502 otherwise, with an OperationOutcome. The request is stored before the 270 is
 * sent, and the result (an ERROR for a failed exchange) is stored in eligibility_check with its audit rows before
 * the response goes out; a flagged result holds the claims of that coverage and date of service. A request that
 * cannot become a 270 is stored as rejected with its issues.
 */
@Component
class EligibilityFront {

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityFront.class);

    private final EligibilityClient client;
    private final ClaimBridgeProperties.Eligibility settings;
    private final Clock clock;
    private final EligibilityRecorder eligibilityRecorder;
    private final FhirIntakeRecorder recorder;
    private final FhirContext context;

    EligibilityFront(EligibilityClient client, ClaimBridgeProperties properties, Clock clock,
            EligibilityRecorder eligibilityRecorder, FhirIntakeRecorder recorder, FhirContext context) {
        this.client = client;
        this.settings = properties.eligibility();
        this.clock = clock;
        this.eligibilityRecorder = eligibilityRecorder;
        this.recorder = recorder;
        this.context = context;
    }

    FhirReply check(FhirRequest request, Resource resource, ReferenceResolver resolver) {
        CoverageEligibilityRequest inquiry = (CoverageEligibilityRequest) resource;
        Resolved<CoverageEligibilityRequest> resolved = new Resolved<>(inquiry, inquiry.fhirType(), inquiry);
        EligibilityReader.Read read = new EligibilityReader(resolver, settings.providerNpi(),
                settings.providerName(), LocalDate.now(clock)).read(resolved);
        if (!read.issues().isEmpty()) {
            OperationOutcome outcome = OperationOutcomes.errors(read.issues());
            long messageId = recorder.recordRejected(request, EligibilityRecorder.TYPE, request.body(), 422,
                    read.issues(), context.newJsonParser().encodeResourceToString(outcome));
            LOG.info("CoverageEligibilityRequest from client {} rejected with {} issues, message id={}",
                    request.clientId(), read.issues().size(), messageId);
            return FhirReply.of(422, outcome);
        }
        EligibilityRecorder.Received received = eligibilityRecorder.recordReceived(request);
        EligibilityExchange exchange = client.exchange(read.request());
        EligibilityResult result = exchange.result();
        FhirReply reply = reply(inquiry, result);
        CompletedCheck completed = eligibilityRecorder.recordResult(request, received, read.coverage(), exchange,
                reply.status());
        LOG.info("CoverageEligibilityRequest from client {} for payer {}, message id={}, eligibility check id={}: {}{}",
                request.clientId(), read.request().payerId(), received.messageId(), completed.check().id(),
                result.failure() == null ? result.status() : result.failure().code(),
                completed.flagged() ? ", flagged" : "");
        return reply;
    }

    private FhirReply reply(CoverageEligibilityRequest inquiry, EligibilityResult result) {
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
