package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class EligibilityCacheTest {

    /** A clock that tests move forward by hand. */
    private static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2025-03-04T10:15:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final EligibilityCache cache = new EligibilityCache(Duration.ofMinutes(10), 2, clock);

    private static EligibilityResult result(EligibilityStatus status) {
        return new EligibilityResult(status, null, null, null, null, List.of(), List.of(), "0001", null);
    }

    @Test
    void storedResultIsReturnedForEqualRequest() {
        EligibilityResult active = result(EligibilityStatus.ACTIVE);
        cache.put(EligibilityRequests.activeSubscriber(), active);

        assertThat(cache.get(EligibilityRequests.activeSubscriber())).contains(active);
    }

    @Test
    void entryExpiresAfterTimeToLive() {
        cache.put(EligibilityRequests.activeSubscriber(), result(EligibilityStatus.ACTIVE));

        clock.advance(Duration.ofMinutes(10));

        assertThat(cache.get(EligibilityRequests.activeSubscriber())).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void otherDateOfServiceMisses() {
        cache.put(EligibilityRequests.activeSubscriber(), result(EligibilityStatus.ACTIVE));
        EligibilityRequest base = EligibilityRequests.activeSubscriber();
        EligibilityRequest nextDay = new EligibilityRequest(base.payerId(), base.payerName(), base.providerNpi(),
                base.providerName(), null, base.memberId(), base.subscriberLastName(), base.subscriberFirstName(),
                base.subscriberBirthDate(), null, base.dateOfService().plusDays(1), null);

        assertThat(cache.get(nextDay)).isEmpty();
    }

    @Test
    void dependentAndSubscriberAreSeparate() {
        EligibilityRequest subscriberOnly = EligibilityRequests.subscriber("SBX1000006", "SAMPLEFAM", "FRANK",
                LocalDate.of(1979, 3, 12));
        cache.put(subscriberOnly, result(EligibilityStatus.ACTIVE));

        assertThat(cache.get(EligibilityRequests.dependent("HENRY", LocalDate.of(2013, 5, 17)))).isEmpty();
    }

    @Test
    void rejectedAndErrorAreNotStored() {
        boolean rejected = cache.put(EligibilityRequests.activeSubscriber(), result(EligibilityStatus.REJECTED));
        boolean error = cache.put(EligibilityRequests.activeSubscriber(),
                EligibilityResult.error(EligibilityResult.Failure.TIMEOUT, "timed out"));

        assertThat(rejected).isFalse();
        assertThat(error).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void fullCacheDropsExpiredEntriesFirst() {
        cache.put(EligibilityRequests.activeSubscriber(), result(EligibilityStatus.ACTIVE));
        cache.put(EligibilityRequests.subscriber("SBX1000004", "FICTIVE", "DANIEL", LocalDate.of(1960, 6, 7)),
                result(EligibilityStatus.INACTIVE));
        clock.advance(Duration.ofMinutes(11));

        boolean stored = cache.put(EligibilityRequests.subscriber("SBX9999999", "NOONE", "ZED",
                LocalDate.of(1970, 1, 1)), result(EligibilityStatus.UNKNOWN_MEMBER));

        assertThat(stored).isTrue();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void fullCacheOfLiveEntriesSkipsNewResult() {
        cache.put(EligibilityRequests.activeSubscriber(), result(EligibilityStatus.ACTIVE));
        cache.put(EligibilityRequests.subscriber("SBX1000004", "FICTIVE", "DANIEL", LocalDate.of(1960, 6, 7)),
                result(EligibilityStatus.INACTIVE));

        boolean stored = cache.put(EligibilityRequests.subscriber("SBX9999999", "NOONE", "ZED",
                LocalDate.of(1970, 1, 1)), result(EligibilityStatus.UNKNOWN_MEMBER));

        assertThat(stored).isFalse();
        assertThat(cache.size()).isEqualTo(2);
    }
}
