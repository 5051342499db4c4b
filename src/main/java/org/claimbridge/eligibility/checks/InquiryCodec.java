package org.claimbridge.eligibility.checks;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.claimbridge.crypto.AtRestCipher;
import org.springframework.stereotype.Component;

/** Turns a coverage inquiry into the encrypted JSON stored in eligibility_check.inquiry, and back. */
@Component
class InquiryCodec {

    /** Maps record components only: derived accessors such as Subscriber.isPatient() are not stored. */
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    private final AtRestCipher cipher;

    InquiryCodec(AtRestCipher cipher) {
        this.cipher = cipher;
    }

    byte[] encode(CoverageInquiry inquiry) {
        try {
            return cipher.encrypt(json.writeValueAsBytes(inquiry));
        } catch (IOException e) {
            throw new IllegalStateException("Coverage inquiry could not be serialized to JSON", e);
        }
    }

    CoverageInquiry decode(byte[] stored) {
        try {
            return json.readValue(cipher.decrypt(stored), CoverageInquiry.class);
        } catch (IOException e) {
            throw new IllegalStateException("Stored coverage inquiry JSON could not be read; the row may predate a"
                    + " model change", e);
        }
    }
}
