package org.claimbridge.eligibility;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Endpoint, interchange parties, response limit and trust store of the eligibility client.
 *
 * @param endpoint the CORE real-time URL; must be https
 * @param parties the ISA and GS sender and receiver of the 270
 * @param traceOriginatorId 9 letters or digits after the 9 in TRN03
 * @param coreSenderId CORE SenderID field
 * @param coreReceiverId CORE ReceiverID field
 * @param responseLimit how long to wait for the whole response; null means {@link #CORE_RESPONSE_LIMIT}
 * @param trustStoreFile PEM certificates or a PKCS12 trust store to trust, or null for the JDK's CA
 *     certificates
 * @param trustStorePasswordFile file whose first line is the PKCS12 trust store password; null for PEM
 */
public record EligibilityClientSettings(
        URI endpoint,
        InterchangeParties parties,
        String traceOriginatorId,
        String coreSenderId,
        String coreReceiverId,
        Duration responseLimit,
        Path trustStoreFile,
        Path trustStorePasswordFile) {

    /** The CAQH CORE real-time response time limit: 20 seconds. */
    public static final Duration CORE_RESPONSE_LIMIT = Duration.ofSeconds(20);

    public EligibilityClientSettings {
        Objects.requireNonNull(endpoint, "endpoint is required: the payer's or clearinghouse's CORE URL");
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint '" + endpoint + "' must be an https URL with a host,"
                    + " because CORE connectivity requires TLS");
        }
        Objects.requireNonNull(parties, "parties is required: the ISA and GS sender and receiver");
        requireText("coreSenderId", coreSenderId);
        requireText("coreReceiverId", coreReceiverId);
        responseLimit = responseLimit == null ? CORE_RESPONSE_LIMIT : responseLimit;
        if (responseLimit.isNegative() || responseLimit.isZero()) {
            throw new IllegalArgumentException("responseLimit is " + responseLimit + " but must be positive");
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required for the CORE envelope");
        }
    }
}
