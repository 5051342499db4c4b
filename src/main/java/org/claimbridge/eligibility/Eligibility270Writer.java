package org.claimbridge.eligibility;

import java.util.Objects;
import java.util.regex.Pattern;

import org.claimbridge.eligibility.EligibilityEnvelope.TransactionType;

/**
 * Serializes an {@link EligibilityRequest} as one X12 270 (005010X279A1) interchange with one functional
 * group (GS01 HS) and one transaction set. Text elements are cleaned to printable ASCII without the delimiters
 * {@code * : ^ ~}. Each call creates its own StAEDI writer, so one instance can serve concurrent calls.
 */
public final class Eligibility270Writer {

    /** ST02 of the single transaction set of every inquiry. */
    static final String TRANSACTION_SET_CONTROL_NUMBER = "0001";

    private static final Pattern ORIGINATOR = Pattern.compile("[A-Za-z0-9]{9}");

    private final InterchangeParties parties;
    private final String traceOriginator;

    /**
     * Creates a writer for the given interchange parties.
     *
     * @param traceOriginatorId the 9 characters after the leading 9 in TRN03, which identifies the company that
     *     assigned the trace number (TRN03 "9" plus a user-assigned id)
     * @throws IllegalArgumentException when traceOriginatorId is not 9 letters or digits
     */
    public Eligibility270Writer(InterchangeParties parties, String traceOriginatorId) {
        this.parties = Objects.requireNonNull(parties, "parties");
        if (traceOriginatorId == null || !ORIGINATOR.matcher(traceOriginatorId).matches()) {
            throw new IllegalArgumentException("traceOriginatorId is '" + traceOriginatorId
                    + "' but must be 9 letters or digits (TRN03 is 9 followed by this id)");
        }
        this.traceOriginator = "9" + traceOriginatorId;
    }

    /** Writes the inquiry as an interchange from ISA to IEA, one segment per line. */
    public String write(EligibilityRequest request, InquiryControl control) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(control, "control");
        InterchangeHeader header = new InterchangeHeader(control.interchangeControlNumber(),
                TRANSACTION_SET_CONTROL_NUMBER, control.traceNumber(), control.createdAt());

        EdiSegmentWriter out = new EdiSegmentWriter();
        EligibilityEnvelope.writeHeaders(out, parties, header, TransactionType.INQUIRY);
        writeSourceAndReceiver(out, request);
        writeSubscriber(out, request, control);
        if (request.hasDependent()) {
            writeDependent(out, request, control);
        }
        EligibilityEnvelope.writeTrailers(out, header);
        return out.finish();
    }

    private static void writeSourceAndReceiver(EdiSegmentWriter out, EligibilityRequest request) {
        out.segment("HL", "1", null, "20", "1");
        out.segment("NM1", "PR", "2", request.payerName(), null, null, null, null, "PI", request.payerId());
        out.segment("HL", "2", "1", "21", "1");
        if (request.providerFirstName() == null) {
            out.segment("NM1", "1P", "2", request.providerName(), null, null, null, null, "XX",
                    request.providerNpi());
        } else {
            out.segment("NM1", "1P", "1", request.providerName(), request.providerFirstName(), null, null, null,
                    "XX", request.providerNpi());
        }
    }

    private void writeSubscriber(EdiSegmentWriter out, EligibilityRequest request, InquiryControl control) {
        boolean subscriberIsPatient = !request.hasDependent();
        out.segment("HL", "3", "2", "22", subscriberIsPatient ? "0" : "1");
        if (subscriberIsPatient) {
            out.segment("TRN", "1", control.traceNumber(), traceOriginator);
        }
        out.segment("NM1", "IL", "1", request.subscriberLastName(), request.subscriberFirstName(), null, null,
                null, "MI", request.memberId());
        out.segment("DMG", "D8", EligibilityEnvelope.DATE.format(request.subscriberBirthDate()));
        if (subscriberIsPatient) {
            writeInquiry(out, request);
        }
    }

    private void writeDependent(EdiSegmentWriter out, EligibilityRequest request, InquiryControl control) {
        EligibilityRequest.Dependent dependent = request.dependent();
        out.segment("HL", "4", "3", "23", "0");
        out.segment("TRN", "1", control.traceNumber(), traceOriginator);
        out.segment("NM1", "03", "1", dependent.lastName(), dependent.firstName());
        out.segment("DMG", "D8", EligibilityEnvelope.DATE.format(dependent.birthDate()));
        if (dependent.relationshipCode() != null) {
            out.segment("INS", "N", dependent.relationshipCode());
        }
        writeInquiry(out, request);
    }

    /** Writes the date of service and loop 2110C or 2110D with the service type. */
    private static void writeInquiry(EdiSegmentWriter out, EligibilityRequest request) {
        out.segment("DTP", "291", "D8", EligibilityEnvelope.DATE.format(request.dateOfService()));
        out.segment("EQ", request.serviceTypeCode());
    }
}
