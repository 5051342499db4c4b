package org.claimbridge.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbridge.eligibility.EligibilityResult.Failure;

/**
 * Reads an X12 271 (005010X279A1) into an {@link EligibilityResult}, tolerantly: envelope defects and values
 * it cannot use are recorded in {@link EligibilityResult#readProblems()} and skipped.
 *
 * <p>The patient level is 2000D when the 271 has a dependent loop, else 2000C. EB01 1 to 5 in the patient's
 * 2110 loops means ACTIVE, EB01 6 to 8 INACTIVE. Any AAA segment, in whatever loop, makes the result REJECTED,
 * or UNKNOWN_MEMBER when one has reason code 75. Instances are stateless and thread-safe.
 */
public final class Eligibility271Reader {

    private static final Set<String> ACTIVE_CODES = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> INACTIVE_CODES = Set.of("6", "7", "8");

    /** Reads one interchange. Bad input becomes an ERROR result or a read problem, not an exception. */
    public EligibilityResult read(String x12) {
        if (x12 == null || x12.isBlank()) {
            return EligibilityResult.error(Failure.UNREADABLE_271, "The 271 payload is empty");
        }
        X12SegmentReader.Interchange interchange = X12SegmentReader.read(x12);
        List<String> problems = new ArrayList<>(interchange.problems());
        Segment st = interchange.segments().stream().filter(s -> s.tag().equals("ST")).findFirst().orElse(null);
        if (st == null) {
            return unreadable("The payload has no ST segment that StAEDI could read", problems);
        }
        if (!st.element(1).equals("271")) {
            return unreadable("ST01 is '" + st.element(1) + "' but an eligibility response must be a 271",
                    problems);
        }
        if (!st.element(3).equals(EligibilityEnvelope.IMPLEMENTATION_GUIDE)) {
            problems.add("ST03 is '" + st.element(3) + "' instead of " + EligibilityEnvelope.IMPLEMENTATION_GUIDE
                    + "; read as " + EligibilityEnvelope.IMPLEMENTATION_GUIDE);
        }

        ResponseWalk walk = ResponseWalk.walk(interchange.segments(), problems);
        return result(walk, problems, st.element(2));
    }

    private static EligibilityResult result(ResponseWalk walk, List<String> problems, String transactionControl) {
        PatientFacts patient = walk.patient();
        PatientFacts subscriber = walk.subscriber();
        EligibilityStatus status = status(walk.rejections(), patient.coverageCodes);
        Failure failure = null;
        if (status == null) {
            status = EligibilityStatus.ERROR;
            failure = new Failure(Failure.NO_COVERAGE_STATUS, "The 271 (ST02 " + transactionControl
                    + ") has neither an AAA segment nor an EB segment with a coverage status (EB01 1 to 8) in the"
                    + " patient loop; ask the payer or check the inquiry's service type");
        }
        return new EligibilityResult(status,
                patient.planBegin() != null ? patient.planBegin() : subscriber.planBegin(),
                patient.planEnd() != null ? patient.planEnd() : subscriber.planEnd(),
                PatientFacts.preferInNetwork(patient.copays),
                PatientFacts.preferInNetwork(patient.deductibles),
                walk.rejections(), problems, transactionControl, failure);
    }

    /** Returns the status, or null when the 271 gives none. */
    private static EligibilityStatus status(List<Rejection> rejections, List<String> coverageCodes) {
        if (rejections.stream().anyMatch(r -> AaaReasons.SUBSCRIBER_NOT_FOUND.equals(r.reasonCode()))) {
            return EligibilityStatus.UNKNOWN_MEMBER;
        }
        if (!rejections.isEmpty()) {
            return EligibilityStatus.REJECTED;
        }
        if (coverageCodes.stream().anyMatch(ACTIVE_CODES::contains)) {
            return EligibilityStatus.ACTIVE;
        }
        if (coverageCodes.stream().anyMatch(INACTIVE_CODES::contains)) {
            return EligibilityStatus.INACTIVE;
        }
        return null;
    }

    private static EligibilityResult unreadable(String message, List<String> problems) {
        return new EligibilityResult(EligibilityStatus.ERROR, null, null, null, null, List.of(), problems, null,
                new Failure(Failure.UNREADABLE_271, message));
    }

    /** Returns the amount, or null with a problem recorded when the value is not a decimal. */
    static BigDecimal amount(Segment segment, int element, List<String> problems) {
        String value = segment.element(element);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(String.format("%s%02d is not a decimal amount (segment %d); skipped", segment.tag(), element,
                    segment.position()));
            return null;
        }
    }
}
