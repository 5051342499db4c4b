package org.claimbridge.eligibility;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import org.claimbridge.x12.X12Output;
import org.claimbridge.x12.X12Text;

/**
 * Writes one interchange through a StAEDI {@link EDIStreamWriter} checked against StAEDI's X12 00501 control
 * schema. Element values are cleaned with {@link X12Text}, and the writer counts the segments of the
 * transaction set for SE01. Delimiters: {@code *} element, {@code :} component, {@code ^} repetition and
 * {@code ~} segment terminator followed by a line separator.
 */
final class EdiSegmentWriter {

    private static final Schema CONTROL_SCHEMA = X12Output.controlSchema();

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final EDIStreamWriter edi;
    private int transactionSegments;

    EdiSegmentWriter() {
        try {
            edi = X12Output.newFactory().createEDIStreamWriter(output, StandardCharsets.US_ASCII.name());
            edi.setControlSchema(CONTROL_SCHEMA);
            edi.startInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to start an interchange: " + e.getMessage(), e);
        }
    }

    /** Writes a segment whose element values are cleaned first; null or empty values are empty elements. */
    void segment(String tag, String... elements) {
        String[] cleaned = new String[elements.length];
        for (int i = 0; i < elements.length; i++) {
            cleaned[i] = X12Text.transliterate(elements[i]);
        }
        raw(tag, cleaned);
    }

    /** Writes a segment as given, for ISA values that must keep their padding. */
    void raw(String tag, String... elements) {
        try {
            edi.writeStartSegment(tag);
            for (String element : elements) {
                if (element == null || element.isEmpty()) {
                    edi.writeEmptyElement();
                } else {
                    edi.writeElement(element);
                }
            }
            edi.writeEndSegment();
            transactionSegments++;
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to write segment " + tag + ": " + e.getMessage(), e);
        }
    }

    /** Restarts the segment count at the ST segment about to be written. */
    void startTransactionCount() {
        transactionSegments = 0;
    }

    /** Returns the segments written since ST, plus one for the SE segment that closes the set. */
    int transactionSegmentCountWithTrailer() {
        return transactionSegments + 1;
    }

    /** Ends the interchange and returns its text. */
    String finish() {
        try {
            edi.endInterchange();
            edi.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to end the interchange: " + e.getMessage(), e);
        }
        return output.toString(StandardCharsets.US_ASCII);
    }


}
