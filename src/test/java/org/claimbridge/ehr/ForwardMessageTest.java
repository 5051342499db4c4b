package org.claimbridge.ehr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.claimbridge.store.StoredWarning;
import org.junit.jupiter.api.Test;

class ForwardMessageTest {

    private static final String ADT = "MSH|^~\\&|FRONTDESK|CLINIC|CB|CB|20261201||ADT^A04|ADT-7|P|2.5.1\n"
            + "PID|1||MRN1||DOE^JANE\nIN1|1||SBX01\n";

    private static final ForwardedEligibility INACTIVE = new ForwardedEligibility("INACTIVE", true, "SBX01",
            LocalDate.of(2026, 11, 20), LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), new BigDecimal("25"),
            null, null, 42L, "0001", OffsetDateTime.parse("2026-12-01T10:15:30-05:00"));

    @Test
    void zelIsAppendedWithCarriageReturns() {
        String forwarded = ForwardMessage.withEligibility(ADT, INACTIVE, List.of());

        assertThat(forwarded).isEqualTo("MSH|^~\\&|FRONTDESK|CLINIC|CB|CB|20261201||ADT^A04|ADT-7|P|2.5.1\r"
                + "PID|1||MRN1||DOE^JANE\rIN1|1||SBX01\r"
                + "ZEL|1|INACTIVE|Y|SBX01|20261120|20200101|20231231|25.00|||000000042|0001|20261201151530+0000|\r");
    }

    @Test
    void aaaReasonsBecomeRepetitions() {
        ForwardedEligibility rejected = new ForwardedEligibility("REJECTED", true, "SBX01", LocalDate.of(2026, 1, 2),
                null, null, null, null, "2100C:72:C,2100B:50:N", 7L, null, null);

        String zel = zel(ForwardMessage.withEligibility(ADT, rejected, List.of()));

        assertThat(zel.split("\\|", -1)[10]).isEqualTo("72^C^2100C~50^N^2100B");
    }

    @Test
    void warningsFillZel14() {
        String zel = zel(ForwardMessage.withEligibility(ADT, ForwardedEligibility.notChecked("NO_COVERAGE"),
                List.of(new StoredWarning("INVALID_PHONE", "PID-13"), new StoredWarning("INVALID_ZIP", "PID-11.5"))));

        assertThat(zel).isEqualTo("ZEL|1|NOT_CHECKED|N|||||||NO_COVERAGE||||INVALID_PHONE^PID-13~INVALID_ZIP^PID-11.5");
    }

    @Test
    void zelUsesMessageDelimiters() {
        String custom = "MSH#$%\\&#APP#FAC#CB#CB#20261201##ADT$A04#X1#P#2.5.1\r";
        ForwardedEligibility rejected = new ForwardedEligibility("REJECTED", true, "SBX01", null, null, null, null,
                null, "2100C:72:C,2100B:50:N", null, null, null);

        String zel = zel(ForwardMessage.withEligibility(custom, rejected, List.of()));

        assertThat(zel).isEqualTo("ZEL#1#REJECTED#Y#SBX01######72$C$2100C%50$N$2100B####");
    }

    @Test
    void byteOrderMarkAndIndentsAreDropped() {
        String forwarded = ForwardMessage.withEligibility("\uFEFF" + ADT.replace("\nPID", "\n  PID"),
                ForwardedEligibility.notChecked("NO_COVERAGE"), List.of());

        assertThat(forwarded).startsWith("MSH|^~\\&|FRONTDESK|").contains("\rPID|1||MRN1||DOE^JANE\r");
    }

    @Test
    void controlIdIsMsh10() {
        assertThat(ForwardMessage.controlId(ADT)).isEqualTo("ADT-7");
    }

    @Test
    void controlIdIsNullWithoutMsh10() {
        assertThat(ForwardMessage.controlId("MSH|^~\\&|A|B\r")).isNull();
    }

    @Test
    void messageWithoutMshIsRejected() {
        assertThatThrownBy(() -> ForwardMessage.withEligibility("PID|1\r", INACTIVE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String zel(String message) {
        for (String segment : message.split("\r")) {
            if (segment.startsWith("ZEL")) {
                return segment;
            }
        }
        throw new AssertionError("no ZEL segment");
    }
}
