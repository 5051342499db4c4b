package org.claimbridge.intake.hl7;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;

/**
 * One ERR entry of an acknowledgement, filled in by HAPI's {@link HL7Exception#populateResponse}. The ERR
 * text is the message alone: HAPI would append its own rendering of the location, which ERR-2 and the text
 * already give.
 */
final class AckError extends HL7Exception {

    private static final long serialVersionUID = 1L;

    AckError(String message, ErrorCode errorCode) {
        super(message, errorCode);
    }

    @Override
    public String getMessage() {
        return getMessageWithoutLocation();
    }
}
