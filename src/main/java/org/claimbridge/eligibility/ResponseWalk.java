package org.claimbridge.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the segments of a 271 and sorts them into loops. HL03 20, 21, 22 and 23 open levels A (information
 * source), B (information receiver), C (subscriber) and D (dependent). NM1 opens the 2100 loop and EB the 2110
 * loop. LS and LE enclose a 2120 loop, whose segments describe another party and are skipped.
 */
final class ResponseWalk {

    private static final Map<String, Character> LEVELS = Map.of("20", 'A', "21", 'B', "22", 'C', "23", 'D');
    /** DTP01 qualifiers whose D8 date is an end date. */
    private static final Set<String> END_QUALIFIERS = Set.of("347", "357");
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<String> problems;
    private final List<Rejection> rejections = new ArrayList<>();
    private final PatientFacts subscriber = new PatientFacts();
    private final PatientFacts dependent = new PatientFacts();
    private boolean dependentSeen;
    private Character level;
    /** 2000, 2100 or 2110 for the loop within the current level; 2120 between LS and LE. */
    private int loop;

    private ResponseWalk(List<String> problems) {
        this.problems = problems;
    }

    static ResponseWalk walk(List<Segment> segments, List<String> problems) {
        ResponseWalk walk = new ResponseWalk(problems);
        segments.forEach(walk::accept);
        return walk;
    }

    List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** Returns the facts of the patient: the dependent when the 271 has a 2000D loop, else the subscriber. */
    PatientFacts patient() {
        return dependentSeen ? dependent : subscriber;
    }

    PatientFacts subscriber() {
        return subscriber;
    }

    private void accept(Segment segment) {
        switch (segment.tag()) {
            case "HL" -> openLevel(segment);
            case "NM1" -> {
                if (loop == 2000) {
                    loop = 2100;
                }
            }
            case "LS" -> loop = 2120;
            case "LE" -> loop = 2110;
            case "EB" -> onBenefit(segment);
            case "DTP" -> onDate(segment);
            case "AAA" -> onRejection(segment);
            default -> {
                // Other segments (TRN, N3, N4, DMG, INS, MSG, ...) do not change the result.
            }
        }
    }

    private void openLevel(Segment segment) {
        level = LEVELS.get(segment.element(3));
        loop = 2000;
        if (level == null) {
            problems.add("HL03 '" + segment.element(3) + "' is not a 271 level code 20, 21, 22 or 23 (segment "
                    + segment.position() + "); its loop is skipped");
        } else if (level == 'D') {
            dependentSeen = true;
        }
    }

    private PatientFacts currentPatient() {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case 'C' -> subscriber;
            case 'D' -> dependent;
            default -> null;
        };
    }

    private void onBenefit(Segment segment) {
        if (loop == 2120) {
            return;
        }
        loop = 2110;
        PatientFacts facts = currentPatient();
        if (facts == null) {
            problems.add("EB outside a subscriber or dependent loop (segment " + segment.position() + "); skipped");
            return;
        }
        String code = segment.element(1);
        facts.coverageCodes.add(code);
        List<PatientFacts.Amount> amounts = code.equals("B") ? facts.copays
                : code.equals("C") ? facts.deductibles : null;
        if (amounts != null) {
            var value = Eligibility271Reader.amount(segment, 7, problems);
            if (value != null) {
                amounts.add(new PatientFacts.Amount(value, segment.element(12)));
            }
        }
    }

    private void onDate(Segment segment) {
        PatientFacts facts = currentPatient();
        if (facts == null || loop == 2120) {
            return;
        }
        String qualifier = segment.element(1);
        if (facts.dates.containsKey(qualifier)) {
            return;
        }
        PatientFacts.DateRange range = dateRange(segment, END_QUALIFIERS.contains(qualifier));
        if (range != null) {
            facts.dates.put(qualifier, range);
        }
    }

    private PatientFacts.DateRange dateRange(Segment segment, boolean endDate) {
        String format = segment.element(2);
        String value = segment.element(3);
        try {
            if (format.equals("D8")) {
                LocalDate date = LocalDate.parse(value, D8);
                return endDate ? new PatientFacts.DateRange(null, date) : new PatientFacts.DateRange(date, null);
            }
            if (format.equals("RD8") && value.length() == 17 && value.charAt(8) == '-') {
                return new PatientFacts.DateRange(LocalDate.parse(value.substring(0, 8), D8),
                        LocalDate.parse(value.substring(9), D8));
            }
        } catch (DateTimeParseException e) {
            // Reported below with the other unusable dates.
        }
        problems.add("DTP*" + segment.element(1) + " has no valid D8 or RD8 date (segment " + segment.position()
                + "); skipped");
        return null;
    }

    private void onRejection(Segment segment) {
        String where = level == null ? "envelope" : (loop == 2120 ? 2110 : loop) + String.valueOf(level);
        String reason = segment.element(3);
        rejections.add(new Rejection(where, reason, segment.element(4), AaaReasons.describe(reason)));
    }
}
