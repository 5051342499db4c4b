package org.claimbridge.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory cache of eligibility results, keyed by payer id, member id and date of service. The key also has the
 * service type, the subscriber's name and birth date and the dependent, so that a corrected inquiry never gets
 * the result of an earlier one. Only ACTIVE, INACTIVE and UNKNOWN_MEMBER results are stored: a REJECTED
 * result may be transient (AAA 42, unable to respond now) and an ERROR is. Thread-safe.
 */
public final class EligibilityCache {

    /** Default bound on the number of entries. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private static final Set<EligibilityStatus> CACHED = Set.of(EligibilityStatus.ACTIVE,
            EligibilityStatus.INACTIVE, EligibilityStatus.UNKNOWN_MEMBER);

    private record Key(String payerId, String memberId, LocalDate dateOfService, String serviceTypeCode,
            String subscriberLastName, String subscriberFirstName, LocalDate subscriberBirthDate,
            EligibilityRequest.Dependent dependent) {

        static Key of(EligibilityRequest request) {
            return new Key(request.payerId(), request.memberId(), request.dateOfService(),
                    request.serviceTypeCode(), request.subscriberLastName(), request.subscriberFirstName(),
                    request.subscriberBirthDate(), request.dependent());
        }
    }

    private record Entry(EligibilityResult result, Instant expiresAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final int maxEntries;
    private final Clock clock;

    /** Creates a cache whose entries expire {@code timeToLive} after they are stored. */
    public EligibilityCache(Duration timeToLive) {
        this(timeToLive, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    /**
     * Creates a cache with at most {@code maxEntries} entries; when it is full of unexpired entries, new results
     * are not stored.
     */
    public EligibilityCache(Duration timeToLive, int maxEntries, Clock clock) {
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("timeToLive is " + timeToLive + " but must be positive");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries is " + maxEntries + " but must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns the unexpired result stored for an equal inquiry, if any. */
    public Optional<EligibilityResult> get(EligibilityRequest request) {
        Key key = Key.of(request);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.result());
    }

    /** Stores the result when its status is cacheable; returns whether it was stored. */
    public boolean put(EligibilityRequest request, EligibilityResult result) {
        if (!CACHED.contains(result.status())) {
            return false;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= maxEntries) {
                return false;
            }
        }
        entries.put(Key.of(request), new Entry(result, now.plus(timeToLive)));
        return true;
    }

    /** Returns the number of stored entries, expired ones included until they are next touched. */
    public int size() {
        return entries.size();
    }
}
