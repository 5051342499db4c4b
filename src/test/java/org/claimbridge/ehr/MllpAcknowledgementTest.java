package org.claimbridge.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MllpAcknowledgementTest {

    @Test
    void msaFieldsAreRead() {
        MllpAcknowledgement ack = MllpAcknowledgement.read("MSH|^~\\&|EHR|H|CB|CB|20261201||ACK|9|P|2.5.1\r"
                + "MSA|AA|ADT-7^X|text\r");

        assertThat(ack.code()).isEqualTo("AA");
        assertThat(ack.acknowledgedControlId()).isEqualTo("ADT-7");
    }

    @Test
    void otherDelimitersAreRead() {
        MllpAcknowledgement ack = MllpAcknowledgement.read("MSH#$~\\&#EHR\nMSA#CA#ID1\n");

        assertThat(ack.code()).isEqualTo("CA");
        assertThat(ack.acknowledgedControlId()).isEqualTo("ID1");
    }

    @Test
    void missingMsaGivesNulls() {
        MllpAcknowledgement ack = MllpAcknowledgement.read("MSH|^~\\&|EHR\r");

        assertThat(ack.code()).isNull();
        assertThat(ack.acknowledgedControlId()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"AA, true, false", "CA, true, false", "AE, false, true", "CE, false, true", "AR, false, false",
        "CR, false, false"})
    void codesAreClassified(String code, boolean accepted, boolean contentError) {
        MllpAcknowledgement ack = new MllpAcknowledgement(code, "X");

        assertThat(ack.accepted()).isEqualTo(accepted);
        assertThat(ack.contentError()).isEqualTo(contentError);
    }
}
