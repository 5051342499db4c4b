package org.claimbridge.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit rows. Each row must commit with the state change it records, so recording requires
 * the caller's transaction: calling it outside one fails with IllegalTransactionStateException.
 */
@Component
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, hop, actor, outcome, message_id, control_id, claim_id,
                interchange_id, interchange_control, payload_sha256, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        jdbc.update(INSERT,
                OffsetDateTime.now(clock),
                event.hop().name(),
                event.actor(),
                event.outcome(),
                event.messageId(),
                event.controlId(),
                event.claimId(),
                event.interchangeId(),
                event.interchangeControl(),
                event.payloadSha256(),
                truncate(event.detail()));
    }

    private static String truncate(String detail) {
        if (detail == null || detail.length() <= 1000) {
            return detail;
        }
        return detail.substring(0, 1000);
    }
}
