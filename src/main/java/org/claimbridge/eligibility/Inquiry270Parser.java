package org.claimbridge.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sandbox's view of a 270 from its segments. Messages name the segment and rule, never values, because
 * the 270 carries PHI.
 */
final class Inquiry270Parser {

    private final Map<Character, Inquiry270.Name> names = new HashMap<>();
    private final Map<Character, LocalDate> birthDates = new HashMap<>();
    private String relationshipCode;
    private String[] trace;
    private Character level;

    private Inquiry270Parser() {
    }

    /**
     * Parses the 270.
     *
     * @throws IllegalArgumentException when it is not a 270 or lacks a segment the 271 needs
     */
    static Inquiry270 parse(List<Segment> segments) {
        return new Inquiry270Parser().read(segments);
    }

    private Inquiry270 read(List<Segment> segments) {
        Segment isa = require(segments, "ISA");
        Segment gs = require(segments, "GS");
        Segment st = require(segments, "ST");
        if (!st.element(1).equals("270")) {
            throw new IllegalArgumentException("ST01 is '" + st.element(1) + "' but the endpoint accepts only 270s");
        }
        Segment bht = require(segments, "BHT");
        segments.forEach(this::accept);

        InterchangeParties parties = new InterchangeParties(isa.element(5).strip(), isa.element(6).strip(),
                isa.element(7).strip(), isa.element(8).strip(), gs.element(2), gs.element(3), isa.element(15));
        Inquiry270.Name payer = requireName('A', "2100A NM1*PR");
        Inquiry270.Name provider = requireName('B', "2100B NM1*1P");
        Inquiry270.Name subscriber = requireName('C', "2100C NM1*IL");
        if (!subscriber.idQualifier().equals("MI") || subscriber.id().isEmpty()) {
            throw new IllegalArgumentException("2100C NM1 must carry the member id with NM108 MI");
        }
        if (trace == null) {
            throw new IllegalArgumentException("The 270 has no TRN segment in loop 2000C or 2000D");
        }
        Inquiry270.Person dependent = names.containsKey('D')
                ? new Inquiry270.Person(names.get('D'), birthDates.get('D'), relationshipCode)
                : null;
        return new Inquiry270(parties, bht.element(3), payer, provider,
                new Inquiry270.Person(subscriber, birthDates.get('C'), null), dependent, trace[0], trace[1]);
    }

    private void accept(Segment segment) {
        switch (segment.tag()) {
            case "HL" -> level = switch (segment.element(3)) {
                case "20" -> 'A';
                case "21" -> 'B';
                case "22" -> 'C';
                case "23" -> 'D';
                default -> null;
            };
            case "NM1" -> {
                if (level != null) {
                    names.putIfAbsent(level, new Inquiry270.Name(segment.element(2), segment.element(3),
                            segment.element(4), segment.element(8), segment.element(9)));
                }
            }
            case "DMG" -> {
                if (level != null && segment.element(1).equals("D8")) {
                    birthDates.putIfAbsent(level, date(segment.element(2)));
                }
            }
            case "INS" -> relationshipCode = segment.element(2).isEmpty() ? null : segment.element(2);
            case "TRN" -> trace = new String[] {segment.element(2), segment.element(3)};
            default -> {
                // DTP, EQ and the envelope do not change the sandbox's response.
            }
        }
    }

    private Inquiry270.Name requireName(char loopLevel, String what) {
        Inquiry270.Name name = names.get(loopLevel);
        if (name == null) {
            throw new IllegalArgumentException("The 270 has no " + what + " segment");
        }
        return name;
    }

    private static Segment require(List<Segment> segments, String tag) {
        return segments.stream().filter(s -> s.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The payload has no " + tag + " segment"));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
