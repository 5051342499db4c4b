package org.claimbridge.intake.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.crypto.Sha256;
import org.claimbridge.eligibility.checks.ClaimHolds;
import org.claimbridge.store.ClaimStore;
import org.claimbridge.store.MessageKey;
import org.claimbridge.store.MessageStore;
import org.claimbridge.store.NewMessage;
import org.claimbridge.store.StoredAcknowledgement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores FHIR requests: each accepted resource as an inbound message with its idempotency key, the accepted
 * resource, its claim and the audit rows of its hops, all of a request in one transaction. A claim whose coverage
 * and date of service an eligibility check flagged is held instead of batched. The response goes
 * out only after this commits. Rejected requests are stored too, with their issues, under a key that no
 * resend matches.
 */
@Component
class FhirIntakeRecorder {

    static final String CHANNEL = "FHIR_R4_HTTP";
    static final String FHIR_VERSION = "4.0.1";
    /** ack_code of an accepted resource, a rule violation (422) and an unreadable request (400). */
    static final String ACCEPTED = "AA";
    static final String INVALID = "AE";
    static final String UNREADABLE = "AR";

    /**
     * One accepted entry.
     *
     * @param created false when an earlier request with the same key created it
     * @param resource the resource as stored, with its logical id
     */
    record Accepted(IntakeEntry entry, String logicalId, boolean created, Resource resource) {

        String location() {
            return entry.type() + "/" + logicalId + "/_history/1";
        }
    }

    private final MessageStore messages;
    private final ClaimStore claims;
    private final FhirResourceStore resources;
    private final AuditTrail audit;
    private final IdempotencyKeys keys;
    private final FhirContext context;
    private final ClaimHolds holds;

    FhirIntakeRecorder(MessageStore messages, ClaimStore claims, FhirResourceStore resources, AuditTrail audit,
            IdempotencyKeys keys, FhirContext context, ClaimHolds holds) {
        this.holds = holds;
        this.messages = messages;
        this.claims = claims;
        this.resources = resources;
        this.audit = audit;
        this.keys = keys;
        this.context = context;
    }

    /**
     * Stores accepted entries and returns them in order. An entry whose key was stored before is not stored
     * again: it gets the earlier logical id and resource. References between the entries are rewritten to
     * the logical ids.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a concurrent request with a key committed first
     */
    @Transactional
    public List<Accepted> recordAccepted(FhirRequest request, List<EntryDecider.Decision> decisions) {
        List<Accepted> results = new ArrayList<>();
        List<MessageKey> newKeys = new ArrayList<>();
        Map<String, String> targets = new HashMap<>();
        for (EntryDecider.Decision decision : decisions) {
            IntakeEntry entry = decision.entry();
            MessageKey key = keys.of(request.clientId(), entry);
            // A conditional create matches on the key alone, whatever the body, as FHIR defines it.
            Optional<StoredAcknowledgement> earlier = messages.findAcknowledgements(key).stream().findFirst();
            Accepted accepted = earlier.isPresent() ? replay(request, entry, key, earlier.get())
                    : new Accepted(entry, UUID.randomUUID().toString(), true, entry.resource());
            results.add(accepted);
            newKeys.add(earlier.isPresent() ? null : key);
            addTargets(targets, accepted);
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).created()) {
                store(request, newKeys.get(i), decisions.get(i), results.get(i), targets);
            }
        }
        return results;
    }

    /** Stores a rejected request and its issues; returns the message id. */
    @Transactional
    public long recordRejected(FhirRequest request, String type, byte[] payload, int status, List<FhirIssue> issues,
            String outcome) {
        MessageKey key = IdempotencyKeys.rejected(request.clientId(), type);
        String sha256 = Sha256.hex(payload);
        String ackCode = status == 422 ? INVALID : UNREADABLE;
        long messageId = messages.insert(new NewMessage(CHANNEL, request.peer(), key, type, FHIR_VERSION, "UTF-8",
                payload, sha256, sha256, ackCode, outcome));
        messages.insertViolations(messageId, issues.stream().map(FhirIssues::toViolation).toList());
        String reasons = issues.stream().map(i -> i.reasonCode() + "@" + i.expression()).collect(Collectors
                .joining(","));
        audit.record(AuditEvent.forMessage(AuditHop.RECEIVED, actor(request), "OK", messageId, key.controlId(),
                sha256, type + ", " + payload.length + " bytes, " + request.format()));
        audit.record(AuditEvent.forMessage(AuditHop.STORED, "message-store", "OK", messageId, key.controlId(), sha256,
                null));
        audit.record(AuditEvent.forMessage(AuditHop.REJECTED, "fhir-intake", String.valueOf(status), messageId,
                key.controlId(), null, reasons));
        audit.record(AuditEvent.forMessage(AuditHop.ACKNOWLEDGED, actor(request), String.valueOf(status), messageId,
                key.controlId(), null, "HTTP " + status + " OperationOutcome"));
        return messageId;
    }

    private Accepted replay(FhirRequest request, IntakeEntry entry, MessageKey key, StoredAcknowledgement earlier) {
        String location = earlier.acknowledgement();
        String logicalId = location.substring(location.indexOf('/') + 1);
        Resource stored = resources.findByMessage(earlier.messageId()).orElseThrow(() -> new IllegalStateException(
                "Message id=" + earlier.messageId() + " is acknowledged as " + entry.type() + " but has no resource"));
        audit.record(AuditEvent.forMessage(AuditHop.DUPLICATE, actor(request), "200", earlier.messageId(),
                key.controlId(), Sha256.hex(entry.payload()), "resend of an accepted " + entry.type()
                        + "; answered with the stored resource"));
        return new Accepted(entry, logicalId, false, stored);
    }

    private void store(FhirRequest request, MessageKey key, EntryDecider.Decision decision, Accepted accepted,
            Map<String, String> targets) {
        IntakeEntry entry = decision.entry();
        Resource resource = accepted.resource();
        rewriteReferences(resource, targets);
        resource.setId(accepted.logicalId());
        resource.getMeta().setVersionId("1").setLastUpdated(new Date());

        String sha256 = Sha256.hex(entry.payload());
        String location = entry.type() + "/" + accepted.logicalId();
        long messageId = messages.insert(new NewMessage(CHANNEL, request.peer(), key, entry.type(), FHIR_VERSION,
                "UTF-8", entry.payload(), sha256, sha256, ACCEPTED, location));
        String actor = actor(request);
        audit.record(AuditEvent.forMessage(AuditHop.RECEIVED, actor, "OK", messageId, key.controlId(), sha256,
                entry.type() + (entry.index() < 0 ? "" : " in Bundle entry " + entry.index()) + ", "
                        + entry.payload().length + " bytes, " + request.format()));
        audit.record(AuditEvent.forMessage(AuditHop.STORED, "message-store", "OK", messageId, key.controlId(), sha256,
                null));
        audit.record(AuditEvent.forMessage(AuditHop.VALIDATED, "fhir-intake", "OK", messageId, key.controlId(), null,
                null));
        Long claimId = null;
        if (decision.claim() != null) {
            claimId = claims.insert(messageId, decision.claim());
            audit.record(new AuditEvent(AuditHop.VALIDATED, "fhir-intake", "CLAIM_READY", messageId, key.controlId(),
                    claimId, null, null, null, "claim accepted for batching"));
            holds.holdIfFlagged(messageId, key.controlId(), claimId, decision.claim());
        }
        String resourceSha256 = resources.insert(messageId, request.clientId(), resource, claimId);
        audit.record(AuditEvent.forMessage(AuditHop.STORED, "fhir-resource-store", FhirResourceStore.PENDING,
                messageId, key.controlId(), resourceSha256, location + " stored for EHR forwarding"));
        audit.record(AuditEvent.forMessage(AuditHop.ACKNOWLEDGED, actor, "201", messageId, key.controlId(), null,
                "HTTP 201 " + location));
    }

    /** Maps the fullUrl and the type/id of each entry to its logical reference. */
    private static void addTargets(Map<String, String> targets, Accepted accepted) {
        IntakeEntry entry = accepted.entry();
        String logical = entry.type() + "/" + accepted.logicalId();
        if (entry.fullUrl() != null) {
            targets.put(entry.fullUrl(), logical);
        }
        if (entry.resource().getIdElement().hasIdPart() && entry.index() >= 0) {
            targets.put(entry.type() + "/" + entry.resource().getIdElement().getIdPart(), logical);
        }
    }

    private void rewriteReferences(Resource resource, Map<String, String> targets) {
        if (targets.isEmpty()) {
            return;
        }
        for (Reference reference : context.newTerser().getAllPopulatedChildElementsOfType(resource,
                Reference.class)) {
            String target = reference.getReference();
            if (target != null && targets.containsKey(target)) {
                reference.setReference(targets.get(target));
            }
        }
    }

    private static String actor(FhirRequest request) {
        return "fhir-http " + request.clientId() + " " + request.peer();
    }
}
