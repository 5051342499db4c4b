package org.claimbridge.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Coverage codes, dates and amounts that a 271 gives for one level: subscriber (2000C) or dependent (2000D). */
final class PatientFacts {

    /** An EB07 amount with EB12, the in-plan-network indicator (Y, N, W or empty). */
    record Amount(BigDecimal value, String inNetwork) {
    }

    /** A begin and end date read from one DTP segment; either may be null. */
    record DateRange(LocalDate begin, LocalDate end) {
    }

    final List<String> coverageCodes = new ArrayList<>();
    final List<Amount> copays = new ArrayList<>();
    final List<Amount> deductibles = new ArrayList<>();
    /** DTP01 qualifier to its first date range, 2100 loop dates before 2110 loop dates. */
    final Map<String, DateRange> dates = new HashMap<>();

    LocalDate planBegin() {
        return first(true, "346", "291", "356", "292");
    }

    LocalDate planEnd() {
        return first(false, "347", "291", "357", "292");
    }

    /** Returns the amount marked in network (EB12 Y), else the first one, else null. */
    static BigDecimal preferInNetwork(List<Amount> amounts) {
        return amounts.stream().filter(amount -> "Y".equals(amount.inNetwork())).findFirst()
                .or(() -> amounts.stream().findFirst())
                .map(Amount::value)
                .orElse(null);
    }

    private LocalDate first(boolean begin, String... qualifiers) {
        for (String qualifier : qualifiers) {
            DateRange range = dates.get(qualifier);
            if (range == null) {
                continue;
            }
            LocalDate date = begin ? range.begin() : range.end();
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
