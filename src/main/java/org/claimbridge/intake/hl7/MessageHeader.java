package org.claimbridge.intake.hl7;

/**
 * The MSH fields the intake reports, read from the received text. Each is null when the message has no
 * readable MSH or the field is empty.
 *
 * @param sendingApplication MSH-3, first component
 * @param sendingFacility MSH-4, first component
 * @param controlId MSH-10, which the acknowledgement echoes in MSA-2
 * @param messageType MSH-9 as it appears in the message, for example {@code DFT^P03^DFT_P03}
 * @param version MSH-12, first component, for example {@code 2.5.1}
 */
public record MessageHeader(
        String sendingApplication, String sendingFacility, String controlId, String messageType, String version) {
}
