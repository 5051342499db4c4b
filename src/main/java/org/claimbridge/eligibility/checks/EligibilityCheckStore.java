package org.claimbridge.eligibility.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.claimbridge.crypto.IdentifierHash;
import org.claimbridge.eligibility.EligibilityResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Eligibility checks from queued to checked. Member ids are stored only as keyed hashes ({@link IdentifierHash})
 * and inside the encrypted inquiry.
 */
@Repository
public class EligibilityCheckStore {

    /** Status of a check that waits to be sent. */
    public static final String PENDING = "PENDING";

    private static final Logger log = LoggerFactory.getLogger(EligibilityCheckStore.class);

    private static final String INSERT = """
            INSERT INTO eligibility_check (message_id, created_at, status, payer_id, member_id_hash, date_of_service,
                inquiry)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private static final String RECORD = """
            UPDATE eligibility_check SET status = ?, flagged = ?, checked_at = ?, plan_begin = ?, plan_end = ?,
                copay = ?, deductible = ?, reasons = ?, interchange_control = ?, payload_id = ?, response_control = ?
            WHERE id = ? AND status = ?""";

    private final JdbcTemplate jdbc;
    private final InquiryCodec codec;
    private final IdentifierHash identifierHash;
    private final Clock clock;

    public EligibilityCheckStore(JdbcTemplate jdbc, InquiryCodec codec, IdentifierHash identifierHash, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.identifierHash = identifierHash;
        this.clock = clock;
    }

    /** Queues a check; returns its id. */
    public long insertPending(long messageId, CoverageInquiry inquiry) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        byte[] data = codec.encode(inquiry);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(INSERT, new String[] {"id"});
            statement.setLong(1, messageId);
            statement.setObject(2, OffsetDateTime.now(clock));
            statement.setString(3, PENDING);
            statement.setString(4, orEmpty(inquiry.payer().payerId()));
            statement.setString(5, identifierHash.hash(orEmpty(inquiry.subscriber().memberId())));
            statement.setDate(6, Date.valueOf(inquiry.dateOfService()));
            statement.setBytes(7, data);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Returns the oldest pending check with its inquiry decrypted. */
    public Optional<PendingCheck> findNextPending() {
        List<PendingCheck> rows = jdbc.query("""
                SELECT e.id, e.message_id, m.control_id, e.inquiry FROM eligibility_check e
                JOIN inbound_message m ON m.id = e.message_id
                WHERE e.status = ? ORDER BY e.id FETCH FIRST 1 ROWS ONLY""",
                (rs, i) -> new PendingCheck(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        decodeOrNull(rs.getLong(1), rs.getBytes(4))),
                PENDING);
        return rows.stream().findFirst();
    }

    /** Stores the outcome of a pending check; returns false when the check was no longer pending. */
    public boolean recordResult(CompletedCheck completed, String reasons) {
        EligibilityResult result = completed.exchange().result();
        int updated = jdbc.update(RECORD, result.status().name(), completed.flagged(), OffsetDateTime.now(clock),
                date(result.planBegin()), date(result.planEnd()), money(result.copay()), money(result.deductible()),
                reasons, completed.exchange().interchangeControl(), completed.exchange().payloadId(),
                result.transactionControl(), completed.check().id(), PENDING);
        return updated == 1;
    }

    /**
     * Returns the flagged checks of a coverage on any of the dates, newest first.
     *
     * @param memberId the member id in clear; only its hash is compared
     */
    public List<FlaggedCheck> findFlagged(String payerId, String memberId, Collection<LocalDate> datesOfService) {
        if (payerId == null || memberId == null || datesOfService.isEmpty()) {
            return List.of();
        }
        String placeholders = datesOfService.stream().map(d -> "?").collect(Collectors.joining(", "));
        Object[] arguments = new Object[datesOfService.size() + 2];
        arguments[0] = payerId;
        arguments[1] = identifierHash.hash(memberId);
        int i = 2;
        for (LocalDate date : datesOfService) {
            arguments[i++] = Date.valueOf(date);
        }
        return jdbc.query("SELECT id, message_id, status, date_of_service, reasons, interchange_control"
                + " FROM eligibility_check WHERE flagged = TRUE AND payer_id = ? AND member_id_hash = ?"
                + " AND date_of_service IN (" + placeholders + ") ORDER BY id DESC",
                (rs, row) -> new FlaggedCheck(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), (Long) rs.getObject(6)),
                arguments);
    }

    /** Returns the member id hash a claim is matched by, for callers that store it next to their own rows. */
    public String memberIdHash(String memberId) {
        return identifierHash.hash(orEmpty(memberId));
    }

    private CoverageInquiry decodeOrNull(long checkId, byte[] data) {
        try {
            return codec.decode(data);
        } catch (RuntimeException e) {
            log.error("Eligibility check id={} has an inquiry that cannot be read: {}", checkId, e.getMessage());
            return null;
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
