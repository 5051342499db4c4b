package org.claimbridge.claims.batch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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

    /** Writes the ready claims into a new interchange; returns its id, or null when no claim was ready. */
    @Transactional
    public Long flush() {
        List<StoredClaim> ready = claims.findReady(MAX_CLAIMS_PER_INTERCHANGE);
        if (ready.isEmpty()) {
            return null;
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        InterchangeControl control = new InterchangeControl(controlNumbers.next("ISA13"), controlNumbers.next("GS06"),
                controlNumbers.next("ST02"), now);
        List<Claim> models = ready.stream().map(StoredClaim::claim).toList();
        X12Interchange x12 = writer.write(models, control);
        byte[] bytes = x12.text().getBytes(StandardCharsets.US_ASCII);
        String sha256 = Sha256.hex(bytes);
        String fileName = "837P-%09d-%s.x12.asc".formatted(control.interchangeControlNumber(), FILE_TIME.format(now));
        long interchangeId = interchanges.insert(new NewInterchange(control.interchangeControlNumber(),
                control.groupControlNumber(), control.transactionSetControlNumber(), fileName, bytes, sha256));

        for (StoredClaim claim : ready) {
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
                control.interchangeControlNumber(), ready.size());
        return interchangeId;
    }
}
