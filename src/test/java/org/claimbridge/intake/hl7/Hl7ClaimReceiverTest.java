package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The acknowledgement when the message store fails; the mock only injects that fault. */
class Hl7ClaimReceiverTest {

    private static final String MESSAGE = "MSH|^~\\&|SBXEHR|SBXCLINIC|CLAIMBRIDGE|CLAIMBRIDGE|20261201093000||"
            + "DFT^P03^DFT_P03|CTRL-STORE-1|P|2.5.1\rEVN|P03|20261201093000\r";

    @Test
    void storeFailureGetsArNotAa() {
        Hl7IntakeRecorder recorder = mock(Hl7IntakeRecorder.class);
        when(recorder.record(any(), any(), any(), any()))
                .thenThrow(new DataAccessResourceFailureException("connection refused"));
        Hl7IntakeSettings settings = mock(Hl7IntakeSettings.class);
        when(settings.defaultCharset()).thenReturn(StandardCharsets.UTF_8);
        Hl7ClaimReceiver receiver = new Hl7ClaimReceiver(new Hl7ClaimIntake("11", Clock.systemUTC()), recorder,
                settings);

        String acknowledgement = new String(receiver.receive(MESSAGE.getBytes(StandardCharsets.UTF_8), null),
                StandardCharsets.UTF_8);

        assertThat(acknowledgement).contains("MSA|AR|CTRL-STORE-1");
        assertThat(acknowledgement).contains("could not store the message");
    }
}
