package org.claimbridge.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The patient's coverage as a 271 reports it, or why there is no usable 271.
 *
 * @param status the coverage status
 * @param planBegin plan or eligibility begin date (DTP 346, 356, or the start of 291/292), or null
 * @param planEnd plan or eligibility end date (DTP 347, 357, or the end of 291/292), or null
 * @param copay co-payment amount, EB07 of the EB*B segment (in-network first), or null
 * @param deductible deductible amount, EB07 of the EB*C segment (in-network first), or null
 * @param rejections the AAA segments, in the order read
 * @param readProblems defects the tolerant reader found and skipped, such as an SE02 that does not match
 *     ST02, named by segment and element position rather than by value
 * @param transactionControl ST02 of the 271, or null when no 271 was read
 * @param failure why the status is {@link EligibilityStatus#ERROR}, or null for any other status
 */
public record EligibilityResult(
        EligibilityStatus status,
        LocalDate planBegin,
        LocalDate planEnd,
        BigDecimal copay,
        BigDecimal deductible,
        List<Rejection> rejections,
        List<String> readProblems,
        String transactionControl,
        Failure failure) {

    /**
     * Reason an inquiry ended in {@link EligibilityStatus#ERROR}.
     *
     * @param code stable code: {@link #TIMEOUT}, {@link #CONNECTION_FAILED}, {@link #HTTP_STATUS},
     *     {@link #CORE_ERROR}, {@link #INVALID_RESPONSE}, {@link #UNREADABLE_271} or {@link #NO_COVERAGE_STATUS}
     * @param message what failed and what to do next, without PHI
     */
    public record Failure(String code, String message) {

        /** The response did not arrive within the response limit. */
        public static final String TIMEOUT = "TIMEOUT";
        /** TCP, TLS or HTTP failed before a response arrived. */
        public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
        /** The endpoint responded with an HTTP status other than 200 and no CORE error envelope. */
        public static final String HTTP_STATUS = "HTTP_STATUS";
        /** The endpoint responded with a CORE error envelope (ErrorCode other than Success). */
        public static final String CORE_ERROR = "CORE_ERROR";
        /** The response is not a CORE multipart envelope carrying a 271. */
        public static final String INVALID_RESPONSE = "INVALID_RESPONSE";
        /** The payload could not be read as an X12 271 interchange. */
        public static final String UNREADABLE_271 = "UNREADABLE_271";
        /** The 271 has neither an AAA segment nor an EB segment with a coverage status. */
        public static final String NO_COVERAGE_STATUS = "NO_COVERAGE_STATUS";

        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    public EligibilityResult {
        Objects.requireNonNull(status, "status");
        rejections = List.copyOf(rejections);
        readProblems = List.copyOf(readProblems);
        if ((status == EligibilityStatus.ERROR) != (failure != null)) {
            throw new IllegalArgumentException("failure must be set exactly when status is ERROR, status is "
                    + status);
        }
    }

    /** Returns an ERROR result with the given failure and no data from a 271. */
    public static EligibilityResult error(String code, String message) {
        return new EligibilityResult(EligibilityStatus.ERROR, null, null, null, null, List.of(), List.of(), null,
                new Failure(code, message));
    }
}
