package org.claimbridge.claims.x12;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class InterchangeControlTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-03-14T09:26:00Z");

    @Test
    void zeroInterchangeNumberRejected() {
        assertThatThrownBy(() -> new InterchangeControl(0, 1, 1, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISA13");
    }

    @Test
    void tenDigitGroupNumberRejected() {
        assertThatThrownBy(() -> new InterchangeControl(1, 1_000_000_000L, 1, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GS06");
    }

    @Test
    void negativeTransactionNumberRejected() {
        assertThatThrownBy(() -> new InterchangeControl(1, 1, -1, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ST02");
    }

    @Test
    void missingCreatedAtRejected() {
        assertThatThrownBy(() -> new InterchangeControl(1, 1, 1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("createdAt");
    }
}
