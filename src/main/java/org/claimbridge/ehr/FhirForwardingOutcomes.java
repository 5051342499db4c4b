package org.claimbridge.ehr;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.config.ClaimBridgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the outcome of one PUT of a FHIR resource to the EHR, each with its audit row in the same transaction:
 * 2xx marks it SENT; anything else is retried with exponential backoff (claimbridge.ehr.retry-*) until
 * claimbridge.ehr.max-attempts, then it is DEAD.
 */
@Component
class FhirForwardingOutcomes {

    private static final Logger log = LoggerFactory.getLogger(FhirForwardingOutcomes.class);

    private final FhirOutboxStore store;
    private final AuditTrail audit;
    private final ClaimBridgeProperties.Ehr settings;
    private final Clock clock;

    FhirForwardingOutcomes(FhirOutboxStore store, AuditTrail audit, ClaimBridgeProperties properties, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.settings = properties.ehr();
        this.clock = clock;
    }

    @Transactional
    public void sent(FhirOutboxEntry entry, int status) {
        store.markSent(entry.id());
        audit.record(AuditEvent.forMessage(AuditHop.FORWARDED, actor(), String.valueOf(status), entry.messageId(),
                entry.controlId(), null, path(entry) + ", attempt " + (entry.attempts() + 1)));
        log.info("Forwarded FHIR resource row id={} (message id={}) to the EHR: HTTP {}", entry.id(),
                entry.messageId(), status);
    }

    @Transactional
    public void failed(FhirOutboxEntry entry, String error) {
        int attempts = entry.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            String detail = "attempt " + attempts + " of " + settings.maxAttempts() + " failed: " + error;
            store.markDead(entry.id(), truncate(detail));
            audit.record(AuditEvent.forMessage(AuditHop.DEAD_LETTERED, actor(), FhirOutboxStore.DEAD,
                    entry.messageId(), entry.controlId(), null, path(entry) + ": " + detail));
            log.error("Forwarding FHIR resource row id={} (message id={}) to the EHR gave up: {}", entry.id(),
                    entry.messageId(), detail);
            return;
        }
        Duration delay = retryDelay(attempts);
        store.markRetry(entry.id(), OffsetDateTime.now(clock).plus(delay), truncate(error));
        audit.record(AuditEvent.forMessage(AuditHop.FORWARD_FAILED, actor(), "FAILED", entry.messageId(),
                entry.controlId(), null, path(entry) + ", attempt " + attempts + ", next in " + delay.toMillis()
                        + " ms: " + error));
        log.warn("Forwarding FHIR resource row id={} (message id={}) to the EHR failed on attempt {}; retrying in"
                + " {} ms: {}", entry.id(), entry.messageId(), attempts, delay.toMillis(), error);
    }

    /** Returns the wait before the next attempt: the initial delay doubled per failed attempt, capped. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = settings.retryInitialDelay();
        for (int i = 1; i < failedAttempts && delay.compareTo(settings.retryMaxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : delay;
    }

    private String actor() {
        return "fhir-http " + settings.fhirBaseUrl();
    }

    private static String path(FhirOutboxEntry entry) {
        return entry.type() + "/" + entry.logicalId();
    }

    private static String truncate(String error) {
        return error.length() <= 900 ? error : error.substring(0, 900);
    }
}
