package org.claimbridge.intake.hl7;

import java.util.List;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.validation.Violation;

/**
 * The outcome of one received HL7 v2 message: its acknowledgement and, when accepted, its claim.
 *
 * @param header the MSH fields, never null (its fields are null when MSH is unreadable)
 * @param ackCode MSA-1 of the acknowledgement
 * @param acknowledgement the complete ACK message, segments separated by carriage returns
 * @param violations the claim's problems, one ERR each in the acknowledgement; empty on AA and on AR
 * @param claims the claim of an accepted DFT^P03; empty unless ackCode is AA
 */
public record IntakeDecision(
        MessageHeader header,
        AckCode ackCode,
        String acknowledgement,
        List<Violation> violations,
        List<Claim> claims) {
}
