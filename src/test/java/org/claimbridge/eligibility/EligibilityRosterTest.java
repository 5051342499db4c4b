package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityRosterTest {

    static final Path SHIPPED_ROSTER = Path.of("sandbox/eligibility-roster.csv");

    @TempDir
    Path folder;

    private Path roster(String... lines) throws IOException {
        return Files.write(folder.resolve("roster.csv"), java.util.List.of(lines));
    }

    @Test
    void shippedRosterHasActiveAndInactiveMembers() {
        EligibilityRoster roster = EligibilityRoster.load(SHIPPED_ROSTER);

        assertThat(roster.family("SBX01", "SBX1000001")).singleElement()
                .satisfies(member -> assertThat(member.active()).isTrue());
        assertThat(roster.family("SBX01", "SBX1000004")).singleElement()
                .satisfies(member -> assertThat(member.active()).isFalse());
        assertThat(roster.family("SBX01", "SBX1000005")).singleElement()
                .satisfies(member -> assertThat(member.active()).isFalse());
        assertThat(roster.family("SBX01", "SBX1000006")).hasSize(3);
    }

    @Test
    void emptyPlanEndIsOpenEnded() throws IOException {
        Path file = roster(EligibilityRoster.HEADER, "SBX01,M1,DOE,JANE,19800101,active,20240101,");

        RosterMember member = EligibilityRoster.load(file).family("SBX01", "M1").get(0);

        assertThat(member.planStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(member.planEnd()).isNull();
    }

    @Test
    void wrongHeaderIsRejected() throws IOException {
        Path file = roster("payer,member", "SBX01,M1");

        assertThatThrownBy(() -> EligibilityRoster.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("line 1 must be the header " + EligibilityRoster.HEADER);
    }

    @Test
    void invalidDateNamesLineAndColumnOnly() throws IOException {
        Path file = roster(EligibilityRoster.HEADER, "SBX01,M1,DOE,JANE,19801301,active,20240101,");

        assertThatThrownBy(() -> EligibilityRoster.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("line 2: birth_date is not a valid CCYYMMDD date; fix the row")
                .hasMessageNotContaining("19801301");
    }

    @Test
    void unknownStatusIsRejected() throws IOException {
        Path file = roster(EligibilityRoster.HEADER, "SBX01,M1,DOE,JANE,19800101,pending,20240101,");

        assertThatThrownBy(() -> EligibilityRoster.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("line 2: status must be active or inactive; fix the row");
    }

    @Test
    void missingColumnIsRejected() throws IOException {
        Path file = roster(EligibilityRoster.HEADER, "SBX01,M1,DOE,JANE,19800101,active,20240101");

        assertThatThrownBy(() -> EligibilityRoster.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("line 2: has 7 columns but must have 8; fix the row");
    }
}
