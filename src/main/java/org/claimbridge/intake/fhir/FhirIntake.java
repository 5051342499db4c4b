package org.claimbridge.intake.fhir;

import java.time.Clock;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.config.ClaimBridgeProperties;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Decides and stores FHIR creates and Bundles. A resource is parsed, checked, stored with its audit rows and
 * claim in one transaction, and only then responded to: 201 with the resource, or 200 with the earlier resource
 * for a resend. Unreadable requests get 400 and rule violations 422, both with an OperationOutcome, and both
 * are stored with their issues.
 */
@Component
class FhirIntake {

    private static final Logger LOG = LoggerFactory.getLogger(FhirIntake.class);

    private final ResourceParser parser;
    private final EntryDecider decider;
    private final FhirIntakeRecorder recorder;
    private final FhirResourceStore store;
    private final FhirContext context;
    private final BundleIntake bundles;
    private final EligibilityFront eligibility;

    FhirIntake(ResourceParser parser, FhirIntakeRecorder recorder, FhirResourceStore store, FhirContext context,
            ClaimBridgeProperties properties, Clock clock, EligibilityFront eligibility) {
        this.parser = parser;
        this.recorder = recorder;
        this.store = store;
        this.context = context;
        this.decider = new EntryDecider(properties.claims().placeOfServiceCode(), clock);
        this.bundles = new BundleIntake(this);
        this.eligibility = eligibility;
    }

    /** Handles POST /fhir/r4/{type}. */
    FhirReply create(FhirRequest request, String type) {
        boolean eligibilityRequest = SupportedResources.ELIGIBILITY_REQUEST.equals(type);
        if (!SupportedResources.isCreatable(type) && !eligibilityRequest) {
            return FhirReply.of(404, OperationOutcomes.error(new FhirIssue(FhirReasonCodes.UNSUPPORTED_RESOURCE,
                    IssueType.NOTSUPPORTED, null, "Resource type " + shorten(type) + " is not supported; supported"
                            + " for create: " + String.join(", ", SupportedResources.CREATE) + " and "
                            + SupportedResources.ELIGIBILITY_REQUEST)));
        }
        ResourceParser.Parsed parsed = parser.parse(request.body(), request.format());
        if (!parsed.issues().isEmpty()) {
            return reject(request, type, request.body(), 400, parsed.issues());
        }
        Resource resource = parsed.resource();
        if (!type.equals(resource.fhirType())) {
            return reject(request, type, request.body(), 400, List.of(new FhirIssue(FhirReasonCodes.TYPE_MISMATCH,
                    IssueType.INVALID, resource.fhirType(), "The body is a " + resource.fhirType() + " but was sent"
                            + " to /fhir/r4/" + type + "; send it to /fhir/r4/" + resource.fhirType())));
        }
        if (eligibilityRequest) {
            return eligibility.check(request, resource, resolver(request, List.of()));
        }
        IntakeEntry entry = new IntakeEntry(-1, null, resource, type, request.ifNoneExist(), request.body());
        EntryDecider.Decision decision = decider.decide(entry, resolver(request, List.of()));
        if (!decision.accepted()) {
            return reject(request, type, request.body(), 422, decision.issues());
        }
        FhirIntakeRecorder.Accepted accepted = accept(request, List.of(decision)).get(0);
        LOG.info("FHIR {} {} from client {}: {}", type, accepted.logicalId(), request.clientId(),
                accepted.created() ? 201 : 200);
        return new FhirReply(accepted.created() ? 201 : 200, accepted.resource(), accepted.location());
    }

    /** Handles POST /fhir/r4 with a transaction or batch Bundle. */
    FhirReply bundle(FhirRequest request) {
        ResourceParser.Parsed parsed = parser.parse(request.body(), request.format());
        if (!parsed.issues().isEmpty()) {
            return reject(request, "Bundle", request.body(), 400, parsed.issues());
        }
        if (!(parsed.resource() instanceof Bundle bundle)) {
            return reject(request, parsed.resource().fhirType(), request.body(), 400, List.of(new FhirIssue(
                    FhirReasonCodes.TYPE_MISMATCH, IssueType.INVALID, parsed.resource().fhirType(), "POST /fhir/r4"
                            + " takes a Bundle of type transaction or batch; send a single "
                            + parsed.resource().fhirType() + " to /fhir/r4/" + parsed.resource().fhirType())));
        }
        return bundles.process(request, bundle);
    }

    EntryDecider.Decision decide(IntakeEntry entry, ReferenceResolver resolver) {
        return decider.decide(entry, resolver);
    }

    ReferenceResolver resolver(FhirRequest request, List<IntakeEntry> entries) {
        return new ReferenceResolver(entries, store, request.clientId());
    }

    /** Stores accepted entries, trying once more when a concurrent resend committed the same key first. */
    List<FhirIntakeRecorder.Accepted> accept(FhirRequest request, List<EntryDecider.Decision> decisions) {
        try {
            return recorder.recordAccepted(request, decisions);
        } catch (DuplicateKeyException concurrentResend) {
            return recorder.recordAccepted(request, decisions);
        }
    }

    /** Stores the rejected request and returns its OperationOutcome with the given status. */
    FhirReply reject(FhirRequest request, String type, byte[] payload, int status, List<FhirIssue> issues) {
        OperationOutcome outcome = OperationOutcomes.errors(issues);
        String encoded = context.newJsonParser().encodeResourceToString(outcome);
        long messageId = recorder.recordRejected(request, shorten(type), payload, status, issues, encoded);
        LOG.info("FHIR {} from client {} rejected with HTTP {} and {} issues, message id={}", shorten(type),
                request.clientId(), status, issues.size(), messageId);
        return FhirReply.of(status, outcome);
    }

    static String shorten(String type) {
        String safe = type == null ? "" : type.replaceAll("[^A-Za-z0-9]", "");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }
}
