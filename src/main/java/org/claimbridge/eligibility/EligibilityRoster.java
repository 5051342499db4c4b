package org.claimbridge.eligibility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's members, read from a CSV file with the header
 * {@code payer_id,member_id,last_name,first_name,birth_date,status,plan_start,plan_end}: dates as CCYYMMDD,
 * status {@code active} or {@code inactive}, plan_end empty for an open-ended plan. Rows that share payer id and
 * member id form one family: the subscriber and the dependents on the subscriber's plan. Values cannot contain
 * commas or quotes. Error messages name the line and column, never the value.
 */
final class EligibilityRoster {

    static final String HEADER = "payer_id,member_id,last_name,first_name,birth_date,status,plan_start,plan_end";

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int COLUMNS = 8;

    private final List<RosterMember> members;

    EligibilityRoster(List<RosterMember> members) {
        this.members = List.copyOf(members);
    }

    /**
     * Loads the roster file.
     *
     * @throws IllegalStateException when the file cannot be read, its header differs or a row is invalid
     */
    static EligibilityRoster load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Eligibility roster " + file + " cannot be read (" + e
                    + "); point claimbridge.eligibility.sandbox.roster-file to the roster CSV", e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IllegalStateException("Eligibility roster " + file + ": line 1 must be the header " + HEADER);
        }
        List<RosterMember> members = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                members.add(parse(file, i + 1, lines.get(i)));
            }
        }
        return new EligibilityRoster(members);
    }

    /** Returns the rows with this payer id and member id, in file order. */
    List<RosterMember> family(String payerId, String memberId) {
        return members.stream()
                .filter(member -> member.payerId().equals(payerId) && member.memberId().equals(memberId))
                .toList();
    }

    int size() {
        return members.size();
    }

    private static RosterMember parse(Path file, int line, String text) {
        String[] columns = text.split(",", -1);
        if (columns.length != COLUMNS) {
            throw invalid(file, line, "has " + columns.length + " columns but must have " + COLUMNS);
        }
        for (int i = 0; i < 7; i++) {
            if (columns[i].isBlank()) {
                throw invalid(file, line, "column " + (i + 1) + " is empty; only plan_end may be empty");
            }
        }
        String status = columns[5].strip();
        if (!status.equals("active") && !status.equals("inactive")) {
            throw invalid(file, line, "status must be active or inactive");
        }
        return new RosterMember(columns[0].strip(), columns[1].strip(), columns[2].strip(), columns[3].strip(),
                date(file, line, "birth_date", columns[4]), status.equals("active"),
                date(file, line, "plan_start", columns[6]),
                columns[7].isBlank() ? null : date(file, line, "plan_end", columns[7]));
    }

    private static LocalDate date(Path file, int line, String column, String value) {
        try {
            return LocalDate.parse(value.strip(), CCYYMMDD);
        } catch (DateTimeParseException e) {
            throw invalid(file, line, column + " is not a valid CCYYMMDD date");
        }
    }

    private static IllegalStateException invalid(Path file, int line, String problem) {
        return new IllegalStateException("Eligibility roster " + file + " line " + line + ": " + problem
                + "; fix the row");
    }
}
