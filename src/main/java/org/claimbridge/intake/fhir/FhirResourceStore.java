package org.claimbridge.intake.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;

import org.claimbridge.crypto.AtRestCipher;
import org.claimbridge.crypto.Sha256;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Accepted FHIR resources, stored as encrypted JSON. */
@Repository
class FhirResourceStore {

    /** forward_status of a resource no EHR forwarder has sent yet. */
    static final String PENDING = "PENDING";

    private static final String INSERT = """
            INSERT INTO fhir_resource (message_id, created_at, client_id, resource_type, logical_id, resource,
                resource_sha256, claim_id, forward_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final AtRestCipher cipher;
    private final FhirContext context;
    private final Clock clock;

    FhirResourceStore(JdbcTemplate jdbc, AtRestCipher cipher, FhirContext context, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.context = context;
        this.clock = clock;
    }

    /** Inserts an accepted resource whose id is its logical id; returns the SHA-256 of its stored JSON. */
    String insert(long messageId, String clientId, Resource resource, Long claimId) {
        byte[] json = context.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
        String sha256 = Sha256.hex(json);
        jdbc.update(INSERT, messageId, OffsetDateTime.now(clock), clientId, resource.fhirType(), resource.getIdPart(),
                cipher.encrypt(json), sha256, claimId, PENDING);
        return sha256;
    }

    /** Returns a resource this client created earlier, by type and logical id. */
    Optional<Resource> find(String clientId, String type, String logicalId) {
        List<byte[]> rows = jdbc.query(
                "SELECT resource FROM fhir_resource WHERE client_id = ? AND resource_type = ? AND logical_id = ?",
                (rs, i) -> rs.getBytes(1), clientId, type, logicalId);
        return rows.stream().findFirst().map(this::decode);
    }

    /** Returns the resource stored for an inbound message. */
    Optional<Resource> findByMessage(long messageId) {
        List<byte[]> rows = jdbc.query("SELECT resource FROM fhir_resource WHERE message_id = ?",
                (rs, i) -> rs.getBytes(1), messageId);
        return rows.stream().findFirst().map(this::decode);
    }

    private Resource decode(byte[] encrypted) {
        String json = new String(cipher.decrypt(encrypted), StandardCharsets.UTF_8);
        return (Resource) context.newJsonParser().parseResource(json);
    }
}
