package org.claimbridge.intake.fhir;

import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.crypto.Sha256;
import org.claimbridge.eligibility.EligibilityExchange;
import org.claimbridge.eligibility.checks.CompletedCheck;
import org.claimbridge.eligibility.checks.CoverageInquiry;
import org.claimbridge.eligibility.checks.EligibilityChecks;
import org.claimbridge.store.MessageKey;
import org.claimbridge.store.MessageStore;
import org.claimbridge.store.NewMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a CoverageEligibilityRequest in two transactions around its 270/271 exchange. The first stores the request
 * before the 270 is sent, so that a crash during the exchange leaves a record. The second stores the result in
 * eligibility_check, audits the exchange and the HTTP status, and holds the ready claims of flagged coverage.
 */
@Component
class EligibilityRecorder {

    /** The stored request: its message id and control id. */
    record Received(long messageId, String controlId) {
    }

    static final String TYPE = SupportedResources.ELIGIBILITY_REQUEST;
    /** inbound_message.acknowledgement of a stored request; the HTTP status is in its ACKNOWLEDGED audit row. */
    static final String ACKNOWLEDGEMENT = "270/271 exchange; the result is in eligibility_check";

    private final MessageStore messages;
    private final EligibilityChecks checks;
    private final AuditTrail audit;

    EligibilityRecorder(MessageStore messages, EligibilityChecks checks, AuditTrail audit) {
        this.messages = messages;
        this.checks = checks;
        this.audit = audit;
    }

    /** Stores the request, its payload encrypted at rest, with its RECEIVED and STORED audit rows. */
    @Transactional
    public Received recordReceived(FhirRequest request) {
        MessageKey key = IdempotencyKeys.fresh(request.clientId(), TYPE);
        String sha256 = Sha256.hex(request.body());
        long messageId = messages.insert(new NewMessage(FhirIntakeRecorder.CHANNEL, request.peer(), key, TYPE,
                FhirIntakeRecorder.FHIR_VERSION, "UTF-8", request.body(), sha256, sha256,
                FhirIntakeRecorder.ACCEPTED, ACKNOWLEDGEMENT));
        audit.record(AuditEvent.forMessage(AuditHop.RECEIVED, actor(request), "OK", messageId, key.controlId(),
                sha256, TYPE + ", " + request.body().length + " bytes, " + request.format()));
        audit.record(AuditEvent.forMessage(AuditHop.STORED, "message-store", "OK", messageId, key.controlId(),
                sha256, null));
        return new Received(messageId, key.controlId());
    }

    /**
     * Stores the exchange's result with its ELIGIBILITY_CHECKED row, holds the ready claims of flagged coverage and
     * writes the ACKNOWLEDGED row with the HTTP status, in one transaction.
     */
    @Transactional
    public CompletedCheck recordResult(FhirRequest request, Received received, CoverageInquiry coverage,
            EligibilityExchange exchange, int status) {
        CompletedCheck completed = checks.recordExchanged(received.messageId(), received.controlId(), coverage,
                exchange);
        audit.record(AuditEvent.forMessage(AuditHop.ACKNOWLEDGED, actor(request), String.valueOf(status),
                received.messageId(), received.controlId(), null, "HTTP " + status + (status == 200
                        ? " CoverageEligibilityResponse" : " OperationOutcome") + ", eligibility check "
                        + completed.check().id()));
        return completed;
    }

    private static String actor(FhirRequest request) {
        return "fhir-http " + request.clientId() + " " + request.peer();
    }
}
