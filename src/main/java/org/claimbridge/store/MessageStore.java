package org.claimbridge.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.claimbridge.claims.validation.Violation;
import org.claimbridge.crypto.AtRestCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Inbound messages, their acknowledgements and their rejection reasons. */
@Repository
public class MessageStore {

    private static final String INSERT = """
            INSERT INTO inbound_message (received_at, channel, peer, sending_application, sending_facility,
                control_id, message_type, version, charset, payload, payload_sha256, content_sha256, ack_code,
                acknowledgement)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String FIND_ACK = """
            SELECT id, ack_code, acknowledgement, charset, content_sha256 FROM inbound_message
            WHERE sending_application = ? AND sending_facility = ? AND control_id = ? ORDER BY id""";

    private static final String INSERT_VIOLATION =
            "INSERT INTO message_violation (message_id, code, location, message, severity) VALUES (?, ?, ?, ?, ?)";

    /** message_violation.severity of a problem that rejected the message. */
    public static final String REJECT = "REJECT";
    /** message_violation.severity of a problem of a rule configured to warn; the message was accepted. */
    public static final String WARN = "WARN";

    private final JdbcTemplate jdbc;
    private final AtRestCipher cipher;
    private final Clock clock;

    public MessageStore(JdbcTemplate jdbc, AtRestCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Returns the acknowledgements of every stored message with this key, oldest first. */
    public List<StoredAcknowledgement> findAcknowledgements(MessageKey key) {
        return jdbc.query(FIND_ACK,
                (rs, i) -> new StoredAcknowledgement(rs.getLong(1), rs.getString(2).trim(), rs.getString(3),
                        rs.getString(4), rs.getString(5)),
                key.sendingApplication(), key.sendingFacility(), key.controlId());
    }

    /**
     * Inserts the message with its payload encrypted at rest.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a message with the same key is stored
     */
    public long insert(NewMessage message) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        byte[] encryptedPayload = cipher.encrypt(message.payload());
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(INSERT, new String[] {"id"});
            statement.setObject(1, OffsetDateTime.now(clock));
            statement.setString(2, message.channel());
            statement.setString(3, message.peer());
            statement.setString(4, message.key().sendingApplication());
            statement.setString(5, message.key().sendingFacility());
            statement.setString(6, message.key().controlId());
            statement.setString(7, message.messageType());
            statement.setString(8, message.version());
            statement.setString(9, message.charset());
            statement.setBytes(10, encryptedPayload);
            statement.setString(11, message.payloadSha256());
            statement.setString(12, message.contentSha256());
            statement.setString(13, message.ackCode());
            statement.setString(14, message.acknowledgement());
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Stores the problems that rejected a message. */
    public void insertViolations(long messageId, List<Violation> violations) {
        insert(messageId, violations, REJECT);
    }

    /** Stores the warnings of an accepted message. */
    public void insertWarnings(long messageId, List<Violation> warnings) {
        insert(messageId, warnings, WARN);
    }

    /** Returns the warnings of a message as code and location, for example {@code INVALID_PHONE} at PID-13. */
    public List<StoredWarning> findWarnings(long messageId) {
        return jdbc.query("SELECT code, location FROM message_violation WHERE message_id = ? AND severity = ?"
                + " ORDER BY id", (rs, i) -> new StoredWarning(rs.getString(1), rs.getString(2)), messageId, WARN);
    }

    private void insert(long messageId, List<Violation> violations, String severity) {
        for (Violation violation : violations) {
            jdbc.update(INSERT_VIOLATION, messageId, violation.code(), violation.location().display(),
                    violation.message(), severity);
        }
    }

    /** Returns a stored message with its payload decrypted. */
    public StoredMessage find(long messageId) {
        return jdbc.queryForObject("SELECT control_id, message_type, charset, payload FROM inbound_message WHERE id = ?",
                (rs, i) -> new StoredMessage(messageId, rs.getString(1), rs.getString(2), rs.getString(3),
                        cipher.decrypt(rs.getBytes(4))),
                messageId);
    }

    /** Returns the decrypted payload of a stored message, for reprocessing and support. */
    public byte[] payload(long messageId) {
        byte[] encrypted = jdbc.queryForObject("SELECT payload FROM inbound_message WHERE id = ?", byte[].class,
                messageId);
        return cipher.decrypt(encrypted);
    }
}
