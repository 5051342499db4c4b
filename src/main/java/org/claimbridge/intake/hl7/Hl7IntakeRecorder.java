package org.claimbridge.intake.hl7;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.validation.Violation;
import org.claimbridge.ehr.EhrOutbox;
import org.claimbridge.ehr.ForwardedEligibility;
import org.claimbridge.eligibility.checks.ClaimHolds;
import org.claimbridge.eligibility.checks.CoverageInquiry;
import org.claimbridge.eligibility.checks.EligibilityChecks;
import org.claimbridge.store.ClaimStore;
import org.claimbridge.store.MessageKey;
import org.claimbridge.store.MessageStore;
import org.claimbridge.store.NewMessage;
import org.claimbridge.store.StoredAcknowledgement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a received HL7 message and everything it leads to in one transaction: its rejection reasons or warnings,
 * its claims (held when a flagged eligibility check matches them), and the audit rows of its hops. A registration
 * or appointment with coverage gets its eligibility check queued, one without coverage its EHR outbox row. The
 * acknowledgement goes out only after this commits.
 */
@Component
class Hl7IntakeRecorder {

    static final String CHANNEL = "HL7V2_MLLP";

    private final MessageStore messages;
    private final ClaimStore claims;
    private final AuditTrail audit;
    private final ClaimHolds holds;
    private final EligibilityChecks eligibilityChecks;
    private final EhrOutbox ehrOutbox;

    Hl7IntakeRecorder(MessageStore messages, ClaimStore claims, AuditTrail audit, ClaimHolds holds,
            EligibilityChecks eligibilityChecks, EhrOutbox ehrOutbox) {
        this.messages = messages;
        this.claims = claims;
        this.audit = audit;
        this.holds = holds;
        this.eligibilityChecks = eligibilityChecks;
        this.ehrOutbox = ehrOutbox;
    }

    /**
     * Stores a new message and returns its acknowledgement, or returns the stored acknowledgement of an
     * earlier message with the same key and content. A message that reuses an earlier message's key for
     * other content is stored too, with the decision {@code reusedKey} supplies (an AR naming MSH-10).
     *
     * @throws org.springframework.dao.DuplicateKeyException when a concurrent resend committed first
     */
    @Transactional
    public StoredAcknowledgement record(ReceivedFrame frame, MessageKey key, IntakeDecision decision,
            Supplier<IntakeDecision> reusedKey) {
        List<StoredAcknowledgement> earlier = messages.findAcknowledgements(key);
        Optional<StoredAcknowledgement> resent = earlier.stream()
                .filter(stored -> stored.contentSha256().equals(frame.contentSha256()))
                .findFirst();
        if (resent.isPresent()) {
            return replay(frame, key, resent.get());
        }
        return store(frame, key, earlier.isEmpty() ? decision : reusedKey.get());
    }

    private StoredAcknowledgement store(ReceivedFrame frame, MessageKey key, IntakeDecision decision) {
        MessageHeader header = decision.header();
        String ackCode = decision.ackCode().name();
        long messageId = messages.insert(new NewMessage(CHANNEL, frame.peer(), key, orEmpty(header.messageType()),
                orEmpty(header.version()), frame.charset().name(), frame.bytes(), frame.sha256(),
                frame.contentSha256(), ackCode, decision.acknowledgement()));
        messages.insertViolations(messageId, decision.violations());
        messages.insertWarnings(messageId, decision.warnings());

        String actor = "mllp " + frame.peer();
        audit.record(AuditEvent.forMessage(AuditHop.RECEIVED, actor, "OK", messageId, key.controlId(), frame.sha256(),
                "type " + orUnreadable(header.messageType()) + " version " + orUnreadable(header.version()) + ", "
                        + frame.bytes().length + " bytes, charset " + frame.charset().name()));
        audit.record(AuditEvent.forMessage(AuditHop.STORED, "message-store", "OK", messageId, key.controlId(),
                frame.sha256(), null));
        audit.record(AuditEvent.forMessage(AuditHop.VALIDATED, "hl7-claim-intake", validationOutcome(decision),
                messageId, key.controlId(), null, codes(decision)));
        if (decision.ackCode() != AckCode.AA) {
            audit.record(AuditEvent.forMessage(AuditHop.REJECTED, "hl7-claim-intake", ackCode, messageId,
                    key.controlId(), null, codes(decision)));
        }
        for (Claim claim : decision.claims()) {
            long claimId = claims.insert(messageId, claim);
            audit.record(new AuditEvent(AuditHop.VALIDATED, "hl7-claim-intake", "CLAIM_READY", messageId,
                    key.controlId(), claimId, null, null, null, "claim accepted for batching"));
            holds.holdIfFlagged(messageId, key.controlId(), claimId, claim);
        }
        scheduleFollowUp(messageId, key, decision.registration());
        audit.record(AuditEvent.forMessage(AuditHop.ACKNOWLEDGED, actor, ackCode, messageId, key.controlId(), null,
                "MSA-1 " + ackCode));
        return new StoredAcknowledgement(messageId, ackCode, decision.acknowledgement(), frame.charset().name(),
                frame.contentSha256());
    }

    /**
     * Queues the eligibility check of a registration or appointment with coverage; the check forwards it to the
     * EHR when its result is in. One without coverage, or a cancellation, is queued for the EHR at once.
     */
    private void scheduleFollowUp(long messageId, MessageKey key, Registration registration) {
        if (registration == null) {
            return;
        }
        if (registration.needsEligibilityCheck()) {
            eligibilityChecks.queue(messageId, key.controlId(), new CoverageInquiry(registration.patient(),
                    registration.subscriber(), registration.payer(), registration.dateOfService()));
        } else {
            ehrOutbox.enqueue(messageId, ForwardedEligibility.notChecked(registration.hasCoverage()
                    ? ForwardedEligibility.CANCELLATION : ForwardedEligibility.NO_COVERAGE));
        }
    }

    /** Returns the stored acknowledgement of a message that another thread committed first. */
    @Transactional
    public StoredAcknowledgement replayCommitted(ReceivedFrame frame, MessageKey key) {
        StoredAcknowledgement earlier = messages.findAcknowledgements(key).stream()
                .filter(stored -> stored.contentSha256().equals(frame.contentSha256()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Message with MSH-10 " + key.controlId()
                        + " was reported as a duplicate but is not stored"));
        return replay(frame, key, earlier);
    }

    private StoredAcknowledgement replay(ReceivedFrame frame, MessageKey key, StoredAcknowledgement earlier) {
        audit.record(AuditEvent.forMessage(AuditHop.DUPLICATE, "mllp " + frame.peer(), earlier.ackCode(),
                earlier.messageId(), key.controlId(), frame.sha256(),
                "resend of a stored message; stored acknowledgement sent again"));
        return earlier;
    }

    /** Returns OK, FAILED (rejecting violations) or WARNED (accepted with warnings, so flagged). */
    private static String validationOutcome(IntakeDecision decision) {
        if (!decision.violations().isEmpty()) {
            return "FAILED";
        }
        return decision.warnings().isEmpty() ? "OK" : "WARNED";
    }

    /** Returns the codes and locations of the violations, or of the warnings when nothing rejected. */
    private static String codes(IntakeDecision decision) {
        List<Violation> listed = decision.violations().isEmpty() ? decision.warnings() : decision.violations();
        if (listed.isEmpty()) {
            return null;
        }
        return listed.stream()
                .map(v -> v.code() + "@" + v.location().display())
                .collect(Collectors.joining(","));
    }

    private static String orUnreadable(String value) {
        return value == null || value.isEmpty() ? "(unreadable)" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
