package org.claimbridge.ehr;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.claimbridge.crypto.AtRestCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Messages to forward to the EHR, from queued through acknowledged or dead-lettered. Payloads are encrypted. */
@Repository
class EhrOutboxStore {

    /** Waiting for its first or next attempt. */
    static final String PENDING = "PENDING";
    /** Acknowledged by the EHR with AA or CA. */
    static final String SENT = "SENT";
    /** Given up after an AE or CE, or after the configured number of attempts; a person must look at it. */
    static final String DEAD = "DEAD";

    private static final String INSERT = """
            INSERT INTO ehr_outbox (message_id, created_at, status, control_id, charset, payload, payload_sha256,
                next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final AtRestCipher cipher;
    private final Clock clock;

    EhrOutboxStore(JdbcTemplate jdbc, AtRestCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    long insert(long messageId, String controlId, String charset, byte[] payload, String payloadSha256) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        byte[] encrypted = cipher.encrypt(payload);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(INSERT, new String[] {"id"});
            statement.setLong(1, messageId);
            statement.setObject(2, now);
            statement.setString(3, PENDING);
            statement.setString(4, controlId);
            statement.setString(5, charset);
            statement.setBytes(6, encrypted);
            statement.setString(7, payloadSha256);
            statement.setObject(8, now);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Returns the oldest pending message whose next attempt is due, with its payload decrypted. */
    Optional<OutboxEntry> findNextDue() {
        List<OutboxEntry> rows = jdbc.query("""
                SELECT id, message_id, control_id, charset, payload, attempts FROM ehr_outbox
                WHERE status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY""",
                (rs, i) -> new OutboxEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        cipher.decrypt(rs.getBytes(5)), rs.getInt(6)),
                PENDING, OffsetDateTime.now(clock));
        return rows.stream().findFirst();
    }

    void markSent(long id, String ackCode) {
        jdbc.update("UPDATE ehr_outbox SET status = ?, attempts = attempts + 1, sent_at = ?, ack_code = ?,"
                + " last_error = NULL WHERE id = ? AND status = ?", SENT, OffsetDateTime.now(clock), ackCode, id,
                PENDING);
    }

    void markRetry(long id, OffsetDateTime nextAttemptAt, String ackCode, String error) {
        jdbc.update("UPDATE ehr_outbox SET attempts = attempts + 1, next_attempt_at = ?, ack_code = ?, last_error = ?"
                + " WHERE id = ? AND status = ?", nextAttemptAt, ackCode, error, id, PENDING);
    }

    void markDead(long id, String ackCode, String error) {
        jdbc.update("UPDATE ehr_outbox SET status = ?, attempts = attempts + 1, ack_code = ?, last_error = ?"
                + " WHERE id = ? AND status = ?", DEAD, ackCode, error, id, PENDING);
    }
}
