package org.claimbridge.intake.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.store.MessageKey;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Builds the message key that makes a create idempotent. The key is the client id, "FHIR" and the resource
 * type, and a control id derived from the If-None-Exist query, else from the resource's first business
 * identifier (as identifier=system|value, the query a conditional create with that identifier sends). A
 * resource with neither gets a fresh key and is never matched.
 *
 * <p>Identifiers can be PHI (medical record or member numbers), so the control id is an HMAC-SHA256 of the
 * key, under a key derived from the at-rest key file: equal keys match, and the stored value reveals nothing.
 */
@Component
class IdempotencyKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    IdempotencyKeys(ClaimBridgeProperties properties) {
        try {
            byte[] secret = Files.readAllBytes(properties.store().atRestKeyFile());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("claimbridge FHIR idempotency key".getBytes(StandardCharsets.US_ASCII));
            this.key = new SecretKeySpec(digest.digest(secret), ALGORITHM);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the at-rest key file " + properties.store().atRestKeyFile()
                    + " failed; it also keys FHIR idempotency", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** Returns the key of an entry to create. */
    MessageKey of(String clientId, IntakeEntry entry) {
        String query = entry.ifNoneExist() != null ? entry.ifNoneExist().trim() : identifierQuery(entry.resource());
        String controlId = query == null ? "request:" + UUID.randomUUID() : "hmac:" + hmac(clientId + "\n"
                + entry.type() + "\n" + query);
        return new MessageKey(clientId, facility(entry.type()), controlId);
    }

    /** Returns a key that matches nothing, for a stored rejection. */
    static MessageKey rejected(String clientId, String type) {
        return new MessageKey(clientId, facility(type), "rejected:" + UUID.randomUUID());
    }

    /** Returns a fresh key for a request that is never deduplicated, such as an eligibility inquiry. */
    static MessageKey fresh(String clientId, String type) {
        return new MessageKey(clientId, facility(type), "request:" + UUID.randomUUID());
    }

    private static String facility(String type) {
        return "FHIR " + type;
    }

    private static String identifierQuery(Resource resource) {
        if (!(resource instanceof org.hl7.fhir.r4.model.DomainResource)) {
            return null;
        }
        for (Identifier identifier : identifiers(resource)) {
            if (identifier.hasValue()) {
                return "identifier=" + (identifier.hasSystem() ? identifier.getSystem() + "|" : "")
                        + identifier.getValue();
            }
        }
        return null;
    }

    private static java.util.List<Identifier> identifiers(Resource resource) {
        var child = resource.getNamedProperty("identifier");
        java.util.List<Identifier> identifiers = new java.util.ArrayList<>();
        if (child != null) {
            for (var value : child.getValues()) {
                if (value instanceof Identifier identifier) {
                    identifiers.add(identifier);
                }
            }
        }
        return identifiers;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
