package org.claimbridge.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.claimbridge.crypto.AtRestCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Interchanges from their X12 text through encryption to a confirmed upload. */
@Repository
public class InterchangeStore {

    private static final String INSERT = """
            INSERT INTO interchange (created_at, interchange_control, group_control, transaction_control, status,
                file_name, x12, x12_sha256, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final AtRestCipher cipher;
    private final Clock clock;

    public InterchangeStore(JdbcTemplate jdbc, AtRestCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    public long insert(NewInterchange interchange) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        byte[] encrypted = cipher.encrypt(interchange.x12());
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(INSERT, new String[] {"id"});
            statement.setObject(1, now);
            statement.setLong(2, interchange.interchangeControl());
            statement.setLong(3, interchange.groupControl());
            statement.setLong(4, interchange.transactionControl());
            statement.setString(5, InterchangeStatus.BUILT.name());
            statement.setString(6, interchange.fileName());
            statement.setBytes(7, encrypted);
            statement.setString(8, interchange.x12Sha256());
            statement.setObject(9, now);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Returns the oldest interchange that still needs encryption, with its X12 decrypted. */
    public Optional<OutboundFile> findNextToEncrypt() {
        List<OutboundFile> rows = jdbc.query("""
                SELECT id, interchange_control, file_name, x12, attempts FROM interchange
                WHERE status = ? ORDER BY id FETCH FIRST 1 ROWS ONLY""",
                (rs, i) -> new OutboundFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        cipher.decrypt(rs.getBytes(4)), rs.getInt(5)),
                InterchangeStatus.BUILT.name());
        return rows.stream().findFirst();
    }

    public void storeEncrypted(long interchangeId, byte[] encryptedFile, String encryptedFileSha256) {
        jdbc.update("""
                UPDATE interchange SET status = ?, encrypted_file = ?, encrypted_file_sha256 = ?
                WHERE id = ? AND status = ?""",
                InterchangeStatus.ENCRYPTED.name(), encryptedFile, encryptedFileSha256, interchangeId,
                InterchangeStatus.BUILT.name());
    }

    /** Returns the oldest encrypted interchange whose next upload attempt is due. */
    public Optional<OutboundFile> findNextDueForUpload() {
        List<OutboundFile> rows = jdbc.query("""
                SELECT id, interchange_control, file_name, encrypted_file, attempts FROM interchange
                WHERE status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY""",
                (rs, i) -> new OutboundFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4),
                        rs.getInt(5)),
                InterchangeStatus.ENCRYPTED.name(), OffsetDateTime.now(clock));
        return rows.stream().findFirst();
    }

    public void markUploaded(long interchangeId) {
        jdbc.update("UPDATE interchange SET status = ?, uploaded_at = ?, attempts = attempts + 1, last_error = NULL"
                + " WHERE id = ?", InterchangeStatus.UPLOADED.name(), OffsetDateTime.now(clock), interchangeId);
    }

    public void markUploadFailed(long interchangeId, OffsetDateTime nextAttemptAt, String error) {
        jdbc.update("UPDATE interchange SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                nextAttemptAt, error, interchangeId);
    }

    public int countByStatus(InterchangeStatus status) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM interchange WHERE status = ?", Integer.class,
                status.name());
        return count == null ? 0 : count;
    }
}
