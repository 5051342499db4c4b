package org.claimbridge.eligibility.checks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.eligibility.EligibilityClient;
import org.claimbridge.eligibility.EligibilityExchange;
import org.claimbridge.eligibility.EligibilityResult;
import org.claimbridge.eligibility.EligibilityStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the eligibility-check route, run after the acknowledgement and driven from the database. A check is
 * queued in the intake transaction. The route takes the next pending one and sends its 270 outside any
 * transaction, because the exchange may take the whole CORE response limit. Then it records the result with its
 * audit row. Inactive coverage, an unknown member and an AAA rejection flag the check.
 */
@Component("eligibilityChecks")
public class EligibilityChecks {

    /** Failure code of an inquiry the 270 cannot carry, such as a missing subscriber name. */
    public static final String INVALID_INQUIRY = "INVALID_INQUIRY";
    /** Failure code of a stored inquiry that cannot be decrypted or read. */
    public static final String UNREADABLE_INQUIRY = "UNREADABLE_INQUIRY";
    /** Failure code of a check that failed inside the gateway. */
    public static final String CHECK_FAILED = "CHECK_FAILED";

    private static final Logger log = LoggerFactory.getLogger(EligibilityChecks.class);
    private static final String ACTOR = "eligibility-check";

    private final EligibilityCheckStore store;
    private final EligibilityClient client;
    private final AuditTrail audit;
    private final ClaimBridgeProperties.Eligibility settings;
    private final CheckFollowUp followUp;
    private final Clock clock;

    public EligibilityChecks(EligibilityCheckStore store, EligibilityClient client, AuditTrail audit,
            ClaimBridgeProperties properties, CheckFollowUp followUp, Clock clock) {
        this.store = store;
        this.client = client;
        this.audit = audit;
        this.settings = properties.eligibility();
        this.followUp = followUp;
        this.clock = clock;
    }

    /** Queues the check of an accepted message's coverage, in the caller's transaction, with its audit row. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(long messageId, String controlId, CoverageInquiry inquiry) {
        long id = store.insertPending(messageId, inquiry);
        audit.record(AuditEvent.forMessage(AuditHop.ELIGIBILITY_QUEUED, ACTOR, "PENDING", messageId, controlId, null,
                "eligibility check " + id + ", payer " + inquiry.payer().payerId()));
        return id;
    }

    /** Returns the oldest pending check, or null when none waits. */
    public PendingCheck takeNextPending() {
        return store.findNextPending().orElse(null);
    }

    /** Sends the check's 270 and reads the 271; every failure becomes an ERROR result. */
    public CompletedCheck check(PendingCheck check) {
        if (check.inquiry() == null) {
            return new CompletedCheck(check, failed(UNREADABLE_INQUIRY, "The stored inquiry cannot be read"));
        }
        try {
            return new CompletedCheck(check, client.exchange(
                    check.inquiry().toRequest(settings.providerNpi(), settings.providerName())));
        } catch (IllegalArgumentException | NullPointerException e) {
            log.warn("Eligibility check id={} of message id={} cannot be sent: {}", check.id(), check.messageId(),
                    e.getMessage());
            return new CompletedCheck(check, failed(INVALID_INQUIRY, e.getMessage()));
        }
    }

    /** Stores the result, audits the exchange, holds matching claims and queues the EHR message in one transaction. */
    @Transactional
    public void record(CompletedCheck completed) {
        String reasons = reasons(completed.exchange().result());
        if (!store.recordResult(completed, reasons)) {
            log.warn("Eligibility check id={} was no longer pending; result dropped", completed.check().id());
            return;
        }
        PendingCheck check = completed.check();
        EligibilityResult result = completed.exchange().result();
        audit.record(AuditEvent.forMessage(AuditHop.ELIGIBILITY_CHECKED, actor(), result.status().name(),
                check.messageId(), check.controlId(), null, detail(completed, reasons)));
        log.info("Eligibility check id={} of message id={} MSH-10={}: {}{}", check.id(), check.messageId(),
                check.controlId(), result.status(), completed.flagged() ? ", flagged" : "");
        followUp.afterCheck(completed, reasons, OffsetDateTime.now(clock));
    }

    /**
     * Records a check whose 270/271 exchange ran while its requester waited, in the caller's transaction: stores the
     * check with its result, audits the exchange and holds the ready claims of flagged coverage. Later claims of that
     * coverage and date of service are held by {@link ClaimHolds#holdIfFlagged}. Unlike {@link #record}, nothing is
     * queued for the EHR.
     *
     * @param controlId the control id of the stored request, for the audit row
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CompletedCheck recordExchanged(long messageId, String controlId, CoverageInquiry inquiry,
            EligibilityExchange exchange) {
        long id = store.insertPending(messageId, inquiry);
        CompletedCheck completed = new CompletedCheck(new PendingCheck(id, messageId, controlId, inquiry), exchange);
        String reasons = reasons(exchange.result());
        store.recordResult(completed, reasons);
        audit.record(AuditEvent.forMessage(AuditHop.ELIGIBILITY_CHECKED, actor(), exchange.result().status().name(),
                messageId, controlId, null, detail(completed, reasons)));
        followUp.holdClaims(completed, reasons);
        return completed;
    }

    /**
     * Records a check whose route step threw, as ERROR with {@link #CHECK_FAILED}, so that it is not retried
     * forever.
     */
    @Transactional
    public void recordFailure(Exchange exchange) {
        PendingCheck check = exchange.getIn().getHeader(PENDING_CHECK, PendingCheck.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        log.error("Eligibility check id={} failed inside the gateway", check == null ? null : check.id(), cause);
        if (check != null) {
            record(new CompletedCheck(check, failed(CHECK_FAILED, cause == null ? "unknown error"
                    : cause.getClass().getSimpleName())));
        }
    }

    /** Header carrying the pending check through the route, for {@link #recordFailure}. */
    public static final String PENDING_CHECK = "ClaimBridgePendingCheck";

    private static EligibilityExchange failed(String code, String message) {
        return new EligibilityExchange(EligibilityResult.error(code, message), null, null, false);
    }

    /** Returns the AAA segments as loop:reason:follow-up, the failure code of an ERROR, or null. */
    static String reasons(EligibilityResult result) {
        if (result.status() == EligibilityStatus.ERROR) {
            return result.failure().code();
        }
        if (result.rejections().isEmpty()) {
            return null;
        }
        return result.rejections().stream()
                .map(r -> r.aaaSegmentLoop() + ":" + r.reasonCode() + ":" + (r.followUpCode() == null ? ""
                        : r.followUpCode()))
                .collect(Collectors.joining(","));
    }

    private static String detail(CompletedCheck completed, String reasons) {
        EligibilityExchange exchange = completed.exchange();
        StringBuilder detail = new StringBuilder("eligibility check ").append(completed.check().id());
        if (exchange.cached()) {
            detail.append(", result reused from the cache");
        } else if (exchange.interchangeControl() != null) {
            detail.append(", 270 ISA13 ").append(exchange.interchangeControl()).append(" PayloadID ")
                    .append(exchange.payloadId());
        }
        if (exchange.result().transactionControl() != null) {
            detail.append(", 271 ST02 ").append(exchange.result().transactionControl());
        }
        if (reasons != null) {
            detail.append(", reasons ").append(reasons);
        }
        if (completed.flagged()) {
            detail.append(", flagged");
        }
        return detail.toString();
    }

    private String actor() {
        return "core " + settings.endpoint().getHost() + ":" + settings.endpoint().getPort();
    }
}
