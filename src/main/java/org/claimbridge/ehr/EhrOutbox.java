package org.claimbridge.ehr;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.crypto.Sha256;
import org.claimbridge.store.MessageStore;
import org.claimbridge.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the ehr-forwarding route: queue an accepted registration or appointment with its eligibility result
 * (in the transaction that decides it), hand out the next due message, and record the EHR's acknowledgement. AA
 * or CA with MSA-2 equal to the forwarded MSH-10 marks the message SENT. AE or CE (an error in the message itself)
 * dead-letters it at once. AR, CR, a wrong MSA-2, a timeout or a connection failure is retried with exponential
 * backoff until the configured number of attempts, then dead-lettered.
 */
@Component("ehrOutbox")
public class EhrOutbox {

    /** Exchange property carrying the outbox row id through the route. */
    public static final String OUTBOX_ID = "ClaimBridgeEhrOutboxId";
    /** Exchange property carrying MSH-10 of the forwarded message. */
    public static final String CONTROL_ID = "ClaimBridgeEhrControlId";
    /** Exchange property carrying the inbound message id. */
    public static final String MESSAGE_ID = "ClaimBridgeEhrMessageId";
    /** Exchange property carrying the number of attempts made before this one. */
    public static final String ATTEMPTS = "ClaimBridgeEhrAttempts";
    /** Exchange property carrying the charset of the forwarded message and of its acknowledgement. */
    public static final String CHARSET = "ClaimBridgeEhrCharset";

    private static final Logger log = LoggerFactory.getLogger(EhrOutbox.class);

    private final EhrOutboxStore outbox;
    private final MessageStore messages;
    private final AuditTrail audit;
    private final ClaimBridgeProperties.Ehr settings;
    private final Clock clock;

    public EhrOutbox(EhrOutboxStore outbox, MessageStore messages, AuditTrail audit, ClaimBridgeProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.settings = properties.ehr();
        this.clock = clock;
    }

    /**
     * Queues an accepted message for the EHR with the ZEL segment, in the caller's transaction, with its audit row.
     *
     * @return the outbox row id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(long messageId, ForwardedEligibility eligibility) {
        StoredMessage stored = messages.find(messageId);
        Charset charset = Charset.forName(stored.charset());
        String forwarded = ForwardMessage.withEligibility(new String(stored.payload(), charset), eligibility,
                messages.findWarnings(messageId));
        byte[] payload = forwarded.getBytes(charset);
        String sha256 = Sha256.hex(payload);
        String controlId = ForwardMessage.controlId(forwarded);

        long id = outbox.insert(messageId, controlId == null ? stored.controlId() : controlId, stored.charset(),
                payload, sha256);
        audit.record(AuditEvent.forMessage(AuditHop.FORWARD_QUEUED, "ehr-outbox", "PENDING", messageId,
                stored.controlId(), sha256, "outbox " + id + ", ZEL-2 " + eligibility.status()
                        + (eligibility.flagged() ? ", flagged" : "")));
        return id;
    }

    /** Sets the body to the next due message's bytes, or to null when none is due. */
    public void takeNextDue(Exchange exchange) {
        Optional<OutboxEntry> next = outbox.findNextDue();
        if (next.isEmpty()) {
            exchange.getIn().setBody(null);
            return;
        }
        OutboxEntry entry = next.get();
        exchange.setProperty(OUTBOX_ID, entry.id());
        exchange.setProperty(MESSAGE_ID, entry.messageId());
        exchange.setProperty(CONTROL_ID, entry.controlId());
        exchange.setProperty(ATTEMPTS, entry.attempts());
        exchange.setProperty(CHARSET, entry.charset());
        exchange.getIn().setBody(entry.payload());
    }

    /** Records the EHR's acknowledgement (the body): sent, dead-lettered, or retried. */
    @Transactional
    public void recordAcknowledgement(Exchange exchange) {
        String controlId = exchange.getProperty(CONTROL_ID, String.class);
        byte[] body = exchange.getIn().getBody(byte[].class);
        String text = body == null ? "" : new String(body, Charset.forName(exchange.getProperty(CHARSET,
                String.class)));
        MllpAcknowledgement ack = MllpAcknowledgement.read(text);

        if (!controlId.equals(ack.acknowledgedControlId())) {
            retryOrGiveUp(exchange, ack.code(), "acknowledgement MSA-2 " + ack.acknowledgedControlId()
                    + " does not match the forwarded MSH-10 " + controlId);
        } else if (ack.accepted()) {
            long id = exchange.getProperty(OUTBOX_ID, Long.class);
            outbox.markSent(id, ack.code());
            audit.record(AuditEvent.forMessage(AuditHop.FORWARDED, actor(), ack.code(), messageId(exchange),
                    controlId, null, "outbox " + id + ", attempt " + (attempts(exchange) + 1)));
            log.info("Forwarded message id={} MSH-10={} to the EHR: {}", messageId(exchange), controlId, ack.code());
        } else if (ack.contentError()) {
            deadLetter(exchange, ack.code(), "the EHR answered " + ack.code() + ", an error in the message itself;"
                    + " correct it at the source and resend");
        } else {
            retryOrGiveUp(exchange, ack.code(), "the EHR answered " + (ack.code() == null ? "without an MSA segment"
                    : ack.code()));
        }
    }

    /** Records a failed attempt (connection, timeout, protocol): retried with backoff or dead-lettered. */
    @Transactional
    public void recordFailed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String error = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        retryOrGiveUp(exchange, null, error);
    }

    /** Returns the wait before the next attempt: the initial delay doubled per failed attempt, capped. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = settings.retryInitialDelay();
        for (int i = 1; i < failedAttempts && delay.compareTo(settings.retryMaxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : delay;
    }

    private void retryOrGiveUp(Exchange exchange, String ackCode, String error) {
        int attempts = attempts(exchange) + 1;
        if (attempts >= settings.maxAttempts()) {
            deadLetter(exchange, ackCode, "attempt " + attempts + " of " + settings.maxAttempts() + " failed: "
                    + error);
            return;
        }
        long id = exchange.getProperty(OUTBOX_ID, Long.class);
        Duration delay = retryDelay(attempts);
        outbox.markRetry(id, OffsetDateTime.now(clock).plus(delay), ackCode, truncate(error));
        audit.record(AuditEvent.forMessage(AuditHop.FORWARD_FAILED, actor(), "FAILED", messageId(exchange),
                exchange.getProperty(CONTROL_ID, String.class), null,
                "outbox " + id + ", attempt " + attempts + ", next in " + delay.toMillis() + " ms: " + error));
        log.warn("Forwarding message id={} to the EHR failed on attempt {}; retrying in {} ms: {}",
                messageId(exchange), attempts, delay.toMillis(), error);
    }

    private void deadLetter(Exchange exchange, String ackCode, String error) {
        long id = exchange.getProperty(OUTBOX_ID, Long.class);
        outbox.markDead(id, ackCode, truncate(error));
        audit.record(AuditEvent.forMessage(AuditHop.DEAD_LETTERED, actor(), "DEAD", messageId(exchange),
                exchange.getProperty(CONTROL_ID, String.class), null, "outbox " + id + ": " + error));
        log.error("Forwarding message id={} to the EHR gave up; outbox id={} is dead-lettered: {}",
                messageId(exchange), id, error);
    }

    private static long messageId(Exchange exchange) {
        return exchange.getProperty(MESSAGE_ID, Long.class);
    }

    private static int attempts(Exchange exchange) {
        return exchange.getProperty(ATTEMPTS, Integer.class);
    }

    private String actor() {
        return "mllp " + settings.host() + ":" + settings.port();
    }

    private static String truncate(String error) {
        return error.length() <= 900 ? error : error.substring(0, 900);
    }
}
