package org.claimbridge.intake.hl7;

import java.time.Clock;

import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;

/**
 * MSH-10 control ids of the acknowledgements: a counter that starts at the start time in milliseconds times
 * 1000, so ids stay unique across restarts as long as fewer than 1000 acknowledgements per millisecond were
 * sent on average since the start. The ids have 16 digits, within the 20 characters MSH-10 allows before v2.7.
 * HAPI's default generator would keep its counter in a file in the working directory.
 */
final class AckControlIds extends InMemoryIDGenerator {

    private static final long IDS_PER_MILLISECOND = 1000;

    AckControlIds(Clock clock) {
        set(clock.millis() * IDS_PER_MILLISECOND);
    }
}
