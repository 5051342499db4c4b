package org.claimbridge.eligibility;

import java.util.Objects;

/**
 * The result of one inquiry with the identifiers of the 270 that produced it.
 *
 * @param result the coverage read from the 271, or why there is none
 * @param interchangeControl ISA13 of the 270 sent, or null when the result came from the cache
 * @param payloadId the CORE PayloadID of the request, or null when the result came from the cache
 * @param cached whether the result was reused from an earlier, equal inquiry instead of being sent
 */
public record EligibilityExchange(EligibilityResult result, Long interchangeControl, String payloadId,
        boolean cached) {

    public EligibilityExchange {
        Objects.requireNonNull(result, "result");
    }
}
