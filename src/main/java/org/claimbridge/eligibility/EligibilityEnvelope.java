package org.claimbridge.eligibility;

import java.time.format.DateTimeFormatter;

import org.claimbridge.x12.X12Output;

/** Writes the ISA, GS, ST and BHT headers and the SE, GE and IEA trailers of a 270 or 271 interchange. */
final class EligibilityEnvelope {

    static final String IMPLEMENTATION_GUIDE = "005010X279A1";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /** ISA02 and ISA04 are fixed-length 10 and carry spaces when ISA01 and ISA03 are 00. */
    private static final String NO_INFORMATION = " ".repeat(10);

    /** A transaction set type: ST01, GS01 functional identifier and BHT02 purpose code. */
    enum TransactionType {
        /** 270 inquiry: GS01 HS, BHT02 13 (request). */
        INQUIRY("270", "HS", "13"),
        /** 271 response: GS01 HB, BHT02 11 (response). */
        RESPONSE("271", "HB", "11");

        final String code;
        final String functionalIdentifier;
        final String purpose;

        TransactionType(String code, String functionalIdentifier, String purpose) {
            this.code = code;
            this.functionalIdentifier = functionalIdentifier;
            this.purpose = purpose;
        }
    }

    private EligibilityEnvelope() {
    }

    static void writeHeaders(EdiSegmentWriter out, InterchangeParties parties, InterchangeHeader header,
            TransactionType type) {
        // StAEDI pads ISA06 and ISA08 to 15 characters because the writer runs with FORMAT_ELEMENTS.
        out.raw("ISA", "00", NO_INFORMATION, "00", NO_INFORMATION,
                parties.senderQualifier(), parties.senderId(), parties.receiverQualifier(), parties.receiverId(),
                SHORT_DATE.format(header.createdAt()), TIME.format(header.createdAt()),
                String.valueOf(X12Output.REPETITION_SEPARATOR), "00501", header.isa13(), "0",
                parties.usageIndicator(), String.valueOf(X12Output.COMPONENT_SEPARATOR));
        out.segment("GS", type.functionalIdentifier, parties.applicationSenderCode(),
                parties.applicationReceiverCode(), DATE.format(header.createdAt()), TIME.format(header.createdAt()),
                header.gs06(), "X", IMPLEMENTATION_GUIDE);

        out.startTransactionCount();
        out.segment("ST", type.code, header.transactionSetControlNumber(), IMPLEMENTATION_GUIDE);
        // BHT01 0022 is the information source, information receiver, subscriber, dependent structure.
        out.segment("BHT", "0022", type.purpose, header.reference(), DATE.format(header.createdAt()),
                TIME.format(header.createdAt()));
    }

    static void writeTrailers(EdiSegmentWriter out, InterchangeHeader header) {
        out.segment("SE", String.valueOf(out.transactionSegmentCountWithTrailer()),
                header.transactionSetControlNumber());
        out.segment("GE", "1", header.gs06());
        out.segment("IEA", "1", header.isa13());
    }
}
