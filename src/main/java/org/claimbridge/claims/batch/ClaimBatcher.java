package org.claimbridge.claims.batch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.x12.Claim837Writer;
import org.claimbridge.claims.x12.InterchangeControl;
import org.claimbridge.claims.x12.X12Interchange;
import org.claimbridge.crypto.Sha256;
import org.claimbridge.store.ClaimStore;
import org.claimbridge.store.ControlNumbers;
import org.claimbridge.store.InterchangeStore;
import org.claimbridge.store.NewInterchange;
import org.claimbridge.store.StoredClaim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches ready claims into one 837P interchange per flush. Claims, interchange and audit rows commit
 * together, so a claim is either still ready or part of exactly one stored interchange.
 */
@Component("claimBatcher")
public class ClaimBatcher {

    private static final Logger log = LoggerFactory.getLogger(ClaimBatcher.class);
    private static final String ACTOR = "claim-batcher";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Claims per interchange; keeps one file and one transaction to a bounded size. */
    static final int MAX_CLAIMS_PER_INTERCHANGE = 500;

    /** Control numbers for the trial write of a single claim; that output is discarded. */
    private static final InterchangeControl PROBE_CONTROL = new InterchangeControl(1, 1, 1,
            OffsetDateTime.parse("2000-01-01T00:00:00Z"));

    private final ClaimStore claims;
    private final InterchangeStore interchanges;
    private final ControlNumbers controlNumbers;
    private final Claim837Writer writer;
    private final AuditTrail audit;
    private final Clock clock;

    public ClaimBatcher(ClaimStore claims, InterchangeStore interchanges, ControlNumbers controlNumbers,
            Claim837Writer writer, AuditTrail audit, Clock clock) {
        this.claims = claims;
        this.interchanges = interchanges;
        this.controlNumbers = controlNumbers;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the ready claims into a new interchange; returns its id, or null when no claim was written. */
    @Transactional
    public Long flush() {
        List<StoredClaim> writable = setAside(claims.findReady(MAX_CLAIMS_PER_INTERCHANGE), false);
        if (writable.isEmpty()) {
            return null;
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        InterchangeControl control = new InterchangeControl(controlNumbers.next("ISA13"), controlNumbers.next("GS06"),
                controlNumbers.next("ST02"), now);
        X12Interchange x12;
        try {
            x12 = writer.write(claimsOf(writable), control);
        } catch (IllegalArgumentException oneClaimIsUnwritable) {
            writable = setAside(writable, true);
            if (writable.isEmpty()) {
                return null;
            }
            x12 = writer.write(claimsOf(writable), control);
        }
        byte[] bytes = x12.text().getBytes(StandardCharsets.US_ASCII);
        String sha256 = Sha256.hex(bytes);
        String fileName = "837P-%09d-%s.x12.asc".formatted(control.interchangeControlNumber(), FILE_TIME.format(now));
        long interchangeId = interchanges.insert(new NewInterchange(control.interchangeControlNumber(),
                control.groupControlNumber(), control.transactionSetControlNumber(), fileName, bytes, sha256));

        for (StoredClaim claim : writable) {
            claims.markBatched(claim.id(), interchangeId);
            audit.record(new AuditEvent(AuditHop.CLAIM_BUILT, ACTOR, "OK", claim.messageId(), null, claim.id(),
                    interchangeId, control.interchangeControlNumber(), sha256,
                    "GS06=" + control.groupControlNumber() + " ST02=" + control.transactionSetControlNumber()));
        }
        if (x12.transliteratedElements() > 0) {
            audit.record(AuditEvent.forInterchange(AuditHop.TRANSLITERATED, ACTOR, "OK", interchangeId,
                    control.interchangeControlNumber(), sha256,
                    x12.transliteratedElements() + " text elements had delimiters or non-ASCII characters"
                            + " replaced"));
        }
        log.info("Built interchange id={} ISA13={} with {} claims", interchangeId,
                control.interchangeControlNumber(), writable.size());
        return interchangeId;
    }

    /**
     * Marks claims that cannot be read back, or with {@code tryWriting} cannot be written as X12, FAILED
     * with a REJECTED audit row, so one bad claim does not hold back the batch. Validation at intake
     * should leave none.
     */
    private List<StoredClaim> setAside(List<StoredClaim> ready, boolean tryWriting) {
        List<StoredClaim> writable = new ArrayList<>(ready.size());
        for (StoredClaim claim : ready) {
            String problem = claim.claim() == null ? "stored claim data could not be read"
                    : tryWriting ? writeProblem(claim.claim()) : null;
            if (problem == null) {
                writable.add(claim);
                continue;
            }
            claims.markFailed(claim.id());
            audit.record(new AuditEvent(AuditHop.REJECTED, ACTOR, "FAILED", claim.messageId(), null, claim.id(), null,
                    null, null, problem));
            log.error("Claim id={} set aside as FAILED: {}", claim.id(), problem);
        }
        return writable;
    }

    private static List<Claim> claimsOf(List<StoredClaim> stored) {
        return stored.stream().map(StoredClaim::claim).toList();
    }

    private String writeProblem(Claim claim) {
        try {
            writer.write(List.of(claim), PROBE_CONTROL);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
