package org.claimbridge.audit;

/**
 * One audit row. Carries ids, control numbers, hashes and reason codes only, never PHI.
 *
 * @param actor the component and, for network hops, the peer address, for example "mllp 127.0.0.1:51234"
 * @param outcome what the hop ended with, for example OK, AA, AE, AR or FAILED
 * @param controlId MSH-10 of the message, or null
 * @param interchangeControl ISA13 of the interchange, or null
 * @param payloadSha256 hex SHA-256 of the payload as it was at this hop, or null
 * @param detail reason codes or counts; never names, dates of birth, member ids or addresses
 */
public record AuditEvent(
        AuditHop hop,
        String actor,
        String outcome,
        Long messageId,
        String controlId,
        Long claimId,
        Long interchangeId,
        Long interchangeControl,
        String payloadSha256,
        String detail) {

    public static AuditEvent forMessage(AuditHop hop, String actor, String outcome, long messageId,
            String controlId, String payloadSha256, String detail) {
        return new AuditEvent(hop, actor, outcome, messageId, controlId, null, null, null, payloadSha256, detail);
    }

    public static AuditEvent forInterchange(AuditHop hop, String actor, String outcome, long interchangeId,
            long interchangeControl, String payloadSha256, String detail) {
        return new AuditEvent(hop, actor, outcome, null, null, null, interchangeId, interchangeControl,
                payloadSha256, detail);
    }
}
