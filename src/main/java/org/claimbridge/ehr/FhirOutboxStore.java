package org.claimbridge.ehr;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.claimbridge.crypto.AtRestCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The forwarding state of accepted FHIR resources in fhir_resource: PENDING, then SENT or DEAD. */
@Repository
class FhirOutboxStore {

    /** Waiting for its first or next attempt. */
    static final String PENDING = "PENDING";
    /** The EHR answered the PUT with 2xx. */
    static final String SENT = "SENT";
    /** Given up after the configured number of attempts; a person must look at it. */
    static final String DEAD = "DEAD";

    private final JdbcTemplate jdbc;
    private final AtRestCipher cipher;
    private final Clock clock;

    FhirOutboxStore(JdbcTemplate jdbc, AtRestCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Returns the oldest pending resource whose next attempt is due, decrypted. */
    Optional<FhirOutboxEntry> findNextDue() {
        List<FhirOutboxEntry> rows = jdbc.query("""
                SELECT r.id, r.message_id, m.control_id, r.resource_type, r.logical_id, r.resource, r.attempts
                FROM fhir_resource r JOIN inbound_message m ON m.id = r.message_id
                WHERE r.forward_status = ? AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= ?)
                ORDER BY r.id FETCH FIRST 1 ROWS ONLY""",
                (rs, i) -> new FhirOutboxEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), cipher.decrypt(rs.getBytes(6)), rs.getInt(7)),
                PENDING, OffsetDateTime.now(clock));
        return rows.stream().findFirst();
    }

    void markSent(long id) {
        jdbc.update("UPDATE fhir_resource SET forward_status = ?, attempts = attempts + 1, last_error = NULL"
                + " WHERE id = ? AND forward_status = ?", SENT, id, PENDING);
    }

    void markRetry(long id, OffsetDateTime nextAttemptAt, String error) {
        jdbc.update("UPDATE fhir_resource SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                + " WHERE id = ? AND forward_status = ?", nextAttemptAt, error, id, PENDING);
    }

    void markDead(long id, String error) {
        jdbc.update("UPDATE fhir_resource SET forward_status = ?, attempts = attempts + 1, last_error = ?"
                + " WHERE id = ? AND forward_status = ?", DEAD, error, id, PENDING);
    }
}
