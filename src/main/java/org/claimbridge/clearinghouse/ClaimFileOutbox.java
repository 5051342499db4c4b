package org.claimbridge.clearinghouse;

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
import org.claimbridge.store.InterchangeStore;
import org.claimbridge.store.OutboundFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the claim file routes: hand out the next interchange to encrypt or upload, and record
 * each outcome with its audit row in one transaction. A failed upload stays queued and is retried with
 * exponential backoff, without limit, until it succeeds.
 */
@Component("claimFileOutbox")
public class ClaimFileOutbox {

    /** Header carrying the interchange row id through the routes. */
    public static final String INTERCHANGE_ID = "ClaimBridgeInterchangeId";
    /** Header carrying ISA13 through the routes. */
    public static final String INTERCHANGE_CONTROL = "ClaimBridgeInterchangeControl";
    /** Header carrying the number of upload attempts made before this one. */
    public static final String ATTEMPTS = "ClaimBridgeUploadAttempts";

    private static final Logger log = LoggerFactory.getLogger(ClaimFileOutbox.class);

    private final InterchangeStore interchanges;
    private final AuditTrail audit;
    private final ClaimBridgeProperties.Clearinghouse clearinghouse;
    private final Clock clock;

    public ClaimFileOutbox(InterchangeStore interchanges, AuditTrail audit, ClaimBridgeProperties properties,
            Clock clock) {
        this.interchanges = interchanges;
        this.audit = audit;
        this.clearinghouse = properties.clearinghouse();
        this.clock = clock;
    }

    /** Sets the body to the next interchange's X12 bytes, or to null when none waits for encryption. */
    public void takeNextToEncrypt(Exchange exchange) {
        load(exchange, interchanges.findNextToEncrypt());
    }

    /** Sets the body to the next due OpenPGP file, or to null when no upload is due. */
    public void takeNextToUpload(Exchange exchange) {
        load(exchange, interchanges.findNextDueForUpload());
    }

    @Transactional
    public void recordEncrypted(Exchange exchange) {
        long id = exchange.getIn().getHeader(INTERCHANGE_ID, Long.class);
        long control = exchange.getIn().getHeader(INTERCHANGE_CONTROL, Long.class);
        byte[] file = exchange.getIn().getBody(byte[].class);
        String sha256 = Sha256.hex(file);

        interchanges.storeEncrypted(id, file, sha256);
        audit.record(AuditEvent.forInterchange(AuditHop.ENCRYPTED, "openpgp", "OK", id, control, sha256,
                "key user id " + clearinghouse.pgpKeyUserId()));
        exchange.getIn().setBody(file);
    }

    @Transactional
    public void recordUploaded(Exchange exchange) {
        long id = exchange.getIn().getHeader(INTERCHANGE_ID, Long.class);
        long control = exchange.getIn().getHeader(INTERCHANGE_CONTROL, Long.class);
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);

        interchanges.markUploaded(id);
        audit.record(AuditEvent.forInterchange(AuditHop.UPLOADED, actor(), "OK", id, control, null,
                "file " + fileName));
        log.info("Uploaded interchange id={} ISA13={} as {}", id, control, fileName);
    }

    @Transactional
    public void recordUploadFailed(Exchange exchange) {
        long id = exchange.getIn().getHeader(INTERCHANGE_ID, Long.class);
        long control = exchange.getIn().getHeader(INTERCHANGE_CONTROL, Long.class);
        int attempts = exchange.getIn().getHeader(ATTEMPTS, Integer.class) + 1;
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String error = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Duration delay = retryDelay(attempts);

        interchanges.markUploadFailed(id, OffsetDateTime.now(clock).plus(delay), truncate(error));
        audit.record(AuditEvent.forInterchange(AuditHop.UPLOAD_FAILED, actor(), "FAILED", id, control, null,
                "attempt " + attempts + ", next in " + delay.toSeconds() + "s: " + error));
        log.warn("Upload of interchange id={} ISA13={} failed on attempt {}; retrying in {}s: {}", id, control,
                attempts, delay.toSeconds(), error);
    }

    /** Returns the wait before the next try: the initial delay doubled per failed attempt, capped. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = clearinghouse.retryInitialDelay();
        for (int i = 1; i < failedAttempts && delay.compareTo(clearinghouse.retryMaxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(clearinghouse.retryMaxDelay()) > 0 ? clearinghouse.retryMaxDelay() : delay;
    }

    private void load(Exchange exchange, Optional<OutboundFile> next) {
        if (next.isEmpty()) {
            exchange.getIn().setBody(null);
            return;
        }
        OutboundFile file = next.get();
        exchange.getIn().setHeader(INTERCHANGE_ID, file.interchangeId());
        exchange.getIn().setHeader(INTERCHANGE_CONTROL, file.interchangeControl());
        exchange.getIn().setHeader(ATTEMPTS, file.attempts());
        exchange.getIn().setHeader(Exchange.FILE_NAME, file.fileName());
        exchange.getIn().setBody(file.content());
    }

    private String actor() {
        return "sftp " + clearinghouse.host() + ":" + clearinghouse.port();
    }

    private static String truncate(String error) {
        return error.length() <= 900 ? error : error.substring(0, 900);
    }
}
