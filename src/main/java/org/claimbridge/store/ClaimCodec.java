package org.claimbridge.store;

import java.io.IOException;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.crypto.AtRestCipher;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Turns a claim into the encrypted JSON stored in claim.claim_data, and back. */
@Component
class ClaimCodec {

    /** Maps record components only: derived accessors such as Subscriber.isPatient() are not stored. */
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    private final AtRestCipher cipher;

    ClaimCodec(AtRestCipher cipher) {
        this.cipher = cipher;
    }

    byte[] encode(Claim claim) {
        try {
            return cipher.encrypt(json.writeValueAsBytes(claim));
        } catch (IOException e) {
            throw new IllegalStateException("Claim could not be serialized to JSON", e);
        }
    }

    Claim decode(byte[] stored) {
        try {
            return json.readValue(cipher.decrypt(stored), Claim.class);
        } catch (IOException e) {
            throw new IllegalStateException("Stored claim JSON could not be read; the row may predate a model change",
                    e);
        }
    }
}
