package org.claimbridge.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.crypto.IdentifierHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Claims mapped from accepted messages, stored encrypted until they are batched. */
@Repository
public class ClaimStore {

    private static final Logger log = LoggerFactory.getLogger(ClaimStore.class);

    private static final String INSERT = """
            INSERT INTO claim (message_id, created_at, patient_control_number, payer_id, total_charge, status,
                claim_data, member_id_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final ClaimCodec codec;
    private final IdentifierHash identifierHash;
    private final Clock clock;

    public ClaimStore(JdbcTemplate jdbc, ClaimCodec codec, IdentifierHash identifierHash, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.identifierHash = identifierHash;
        this.clock = clock;
    }

    public long insert(long messageId, Claim claim) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        byte[] data = codec.encode(claim);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(INSERT, new String[] {"id"});
            statement.setLong(1, messageId);
            statement.setObject(2, OffsetDateTime.now(clock));
            statement.setString(3, claim.patientControlNumber());
            statement.setString(4, claim.payer().payerId());
            statement.setBigDecimal(5, claim.totalCharge());
            statement.setString(6, ClaimStatus.READY.name());
            statement.setBytes(7, data);
            statement.setString(8, memberIdHash(claim));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Returns up to {@code limit} ready claims, oldest first, locked until the caller's transaction ends, so that a
     * claim cannot be held while it is being batched.
     */
    public List<StoredClaim> findReady(int limit) {
        return jdbc.query("SELECT id, message_id, claim_data FROM claim WHERE status = ? ORDER BY id FETCH FIRST ? ROWS ONLY"
                + " FOR UPDATE",
                (rs, i) -> new StoredClaim(rs.getLong(1), rs.getLong(2), decodeOrNull(rs.getLong(1), rs.getBytes(3))),
                ClaimStatus.READY.name(), limit);
    }

    /** Holds a ready claim with the reason; returns false when the claim was no longer ready. */
    public boolean hold(long claimId, String reason) {
        return jdbc.update("UPDATE claim SET status = ?, hold_reason = ? WHERE id = ? AND status = ?",
                ClaimStatus.HELD.name(), reason, claimId, ClaimStatus.READY.name()) == 1;
    }

    /** Returns the ready claims of a payer and member id, oldest first; only the member id's hash is compared. */
    public List<StoredClaim> findReadyByCoverage(String payerId, String memberId) {
        return jdbc.query("SELECT id, message_id, claim_data FROM claim WHERE status = ? AND payer_id = ?"
                + " AND member_id_hash = ? ORDER BY id",
                (rs, i) -> new StoredClaim(rs.getLong(1), rs.getLong(2), decodeOrNull(rs.getLong(1), rs.getBytes(3))),
                ClaimStatus.READY.name(), payerId, identifierHash.hash(memberId));
    }

    public void markFailed(long claimId) {
        jdbc.update("UPDATE claim SET status = ? WHERE id = ? AND status = ?", ClaimStatus.FAILED.name(), claimId,
                ClaimStatus.READY.name());
    }

    private Claim decodeOrNull(long claimId, byte[] data) {
        try {
            return codec.decode(data);
        } catch (RuntimeException e) {
            log.error("Claim id={} could not be read back: {}", claimId, e.getMessage());
            return null;
        }
    }

    public void markBatched(long claimId, long interchangeId) {
        jdbc.update("UPDATE claim SET status = ?, interchange_id = ? WHERE id = ? AND status = ?",
                ClaimStatus.BATCHED.name(), interchangeId, claimId, ClaimStatus.READY.name());
    }

    private String memberIdHash(Claim claim) {
        if (claim.subscriber() == null || claim.subscriber().memberId() == null) {
            return null;
        }
        return identifierHash.hash(claim.subscriber().memberId());
    }

    public int countByStatus(ClaimStatus status) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE status = ?", Integer.class,
                status.name());
        return count == null ? 0 : count;
    }
}
