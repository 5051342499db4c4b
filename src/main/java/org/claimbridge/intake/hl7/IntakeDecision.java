package org.claimbridge.intake.hl7;

import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.validation.Violation;

/**
 * The outcome of one received HL7 v2 message: its acknowledgement and, when accepted, its claim or registration.
 *
 * @param header the MSH fields, never null (its fields are null when MSH is unreadable)
 * @param ackCode MSA-1 of the acknowledgement
 * @param acknowledgement the complete ACK message, segments separated by carriage returns
 * @param violations the problems that reject the message, one ERR each in the acknowledgement; empty on AA and
 *     on AR
 * @param claims the claim of an accepted DFT^P03; empty unless ackCode is AA
 * @param warnings problems of demographic rules configured to warn, one ERR with severity W each (ERR-4, v2.5
 *     and later); the message is accepted and flagged. Empty for DFT^P03, whose rules always reject
 * @param registration the registration or appointment of an accepted ADT or SIU message, or null
 */
public record IntakeDecision(
        MessageHeader header,
        AckCode ackCode,
        String acknowledgement,
        List<Violation> violations,
        List<Claim> claims,
        List<Violation> warnings,
        Registration registration) {

    /** Creates a decision without warnings or registration, as for DFT^P03 and rejected messages. */
    public IntakeDecision(MessageHeader header, AckCode ackCode, String acknowledgement, List<Violation> violations,
            List<Claim> claims) {
        this(header, ackCode, acknowledgement, violations, claims, List.of(), null);
    }
}
