package org.claimbridge.claims.x12;

import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.x12.X12Output;

/** Writes the ISA, GS, ST and BHT headers and the SE, GE and IEA trailers of a one-transaction interchange. */
final class Envelope {

    static final String IMPLEMENTATION_GUIDE = "005010X222A1";
    static final char REPETITION_SEPARATOR = X12Output.REPETITION_SEPARATOR;
    static final char COMPONENT_SEPARATOR = X12Output.COMPONENT_SEPARATOR;

    /** ISA02 and ISA04 are fixed-length 10 and carry spaces when ISA01 and ISA03 are 00. */
    private static final String NO_INFORMATION = " ".repeat(10);

    private final ClaimBridgeProperties.X12 settings;

    Envelope(ClaimBridgeProperties.X12 settings) {
        this.settings = settings;
    }

    void writeHeaders(SegmentWriter out, InterchangeControl control) {
        // StAEDI pads ISA06 and ISA08 to 15 characters because the writer runs with FORMAT_ELEMENTS.
        out.raw("ISA", "00", NO_INFORMATION, "00", NO_INFORMATION,
                out.clean(settings.senderQualifier()), out.clean(settings.senderId()),
                out.clean(settings.receiverQualifier()), out.clean(settings.receiverId()),
                X12Formats.shortDate(control.createdAt()), X12Formats.time(control.createdAt()),
                String.valueOf(REPETITION_SEPARATOR), "00501", interchangeControlNumber(control), "0",
                out.clean(settings.usageIndicator()), String.valueOf(COMPONENT_SEPARATOR));
        out.segment("GS", "HC", settings.applicationSenderCode(), settings.applicationReceiverCode(),
                X12Formats.date(control.createdAt()), X12Formats.time(control.createdAt()),
                String.valueOf(control.groupControlNumber()), "X", IMPLEMENTATION_GUIDE);

        out.startTransactionCount();
        out.segment("ST", "837", transactionSetControlNumber(control), IMPLEMENTATION_GUIDE);
        // BHT01 0019 is the information source, subscriber, dependent structure. BHT02 00 means original
        // and BHT06 CH chargeable.
        out.segment("BHT", "0019", "00", beginningReference(control), X12Formats.date(control.createdAt()),
                X12Formats.time(control.createdAt()), "CH");
    }

    void writeTrailers(SegmentWriter out, InterchangeControl control) {
        out.segment("SE", String.valueOf(out.transactionSegmentCountWithTrailer()),
                transactionSetControlNumber(control));
        out.segment("GE", "1", String.valueOf(control.groupControlNumber()));
        out.segment("IEA", "1", interchangeControlNumber(control));
    }

    private static String interchangeControlNumber(InterchangeControl control) {
        return X12Formats.controlNumber(control.interchangeControlNumber(), 9);
    }

    private static String transactionSetControlNumber(InterchangeControl control) {
        return X12Formats.controlNumber(control.transactionSetControlNumber(), 4);
    }

    /** BHT03, the originator's reference for the transaction: ISA13 and ST02 joined by a hyphen. */
    private static String beginningReference(InterchangeControl control) {
        return interchangeControlNumber(control) + "-" + transactionSetControlNumber(control);
    }
}
