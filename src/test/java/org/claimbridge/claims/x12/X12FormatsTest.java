package org.claimbridge.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class X12FormatsTest {

    @Test
    void decimalDropsTrailingZeros() {
        assertThat(X12Formats.decimal(new BigDecimal("100.00"))).isEqualTo("100");
        assertThat(X12Formats.decimal(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(X12Formats.decimal(new BigDecimal("0.00"))).isEqualTo("0");
        assertThat(X12Formats.decimal(new BigDecimal("0.05"))).isEqualTo("0.05");
    }

    @Test
    void diagnosisCodeLosesDecimalPoint() {
        assertThat(X12Formats.diagnosisCode("j06.9")).isEqualTo("J069");
        assertThat(X12Formats.diagnosisCode("I10")).isEqualTo("I10");
    }

    @Test
    void controlNumberZeroPadded() {
        assertThat(X12Formats.controlNumber(5, 4)).isEqualTo("0005");
        assertThat(X12Formats.controlNumber(123456, 4)).isEqualTo("123456");
    }
}
