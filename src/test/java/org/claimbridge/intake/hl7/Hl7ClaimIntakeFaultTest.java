package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;

import org.junit.jupiter.api.Test;

/** Faults that valid input cannot cause, injected to prove the intake still acknowledges. */
class Hl7ClaimIntakeFaultTest {

    @Test
    void parserFailureIsRejectedWithoutMessageText() throws Exception {
        PipeParser failingParser = new PipeParser() {
            @Override
            public Message parse(String message) throws HL7Exception {
                HL7Exception failure = new HL7Exception("Invalid PID: TESTPATIENT^ALEX", ErrorCode.DATA_TYPE_ERROR);
                failure.setLocation(new Location().withSegmentName("PID").withSegmentRepetition(1).withField(5));
                throw failure;
            }
        };
        // HAPI's default generator of acknowledgement control ids would write a file into the working directory.
        failingParser.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        Hl7ClaimIntake intake = new Hl7ClaimIntake("11", Hl7TestMessages.CLOCK, failingParser);

        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanDft().text());

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::segment, AckReader.Err::field, AckReader.Err::code)
                .containsExactly(tuple("PID", "5", "102"));
        assertThat(decision.acknowledgement()).doesNotContain("TESTPATIENT");
    }

    @Test
    void internalFailureIsRejected() throws Exception {
        Clock failingClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public long millis() {
                return Hl7TestMessages.CLOCK.millis();
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("clock fault injected by the test");
            }
        };
        Hl7ClaimIntake intake = new Hl7ClaimIntake("11", failingClock);

        IntakeDecision decision = intake.decide(Hl7TestMessages.cleanDft().text());

        AckReader ack = new AckReader(decision.acknowledgement());
        assertThat(decision.ackCode()).isEqualTo(AckCode.AR);
        assertThat(decision.claims()).isEmpty();
        assertThat(ack.get("/MSA-2")).isEqualTo("TEST-0001");
        assertThat(ack.errors()).extracting(AckReader.Err::code).containsExactly("207");
    }
}
