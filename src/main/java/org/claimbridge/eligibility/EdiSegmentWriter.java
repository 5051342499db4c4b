package org.claimbridge.eligibility;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes one interchange through a StAEDI {@link EDIStreamWriter} checked against StAEDI's X12 00501 control
 * schema. Element values are cleaned with {@link EligibilityText}, and the writer counts the segments of the
 * transaction set for SE01. Delimiters: {@code *} element, {@code :} component, {@code ^} repetition and
 * {@code ~} segment terminator followed by a line separator.
 */
final class EdiSegmentWriter {

    static final char COMPONENT_SEPARATOR = ':';
    static final char REPETITION_SEPARATOR = '^';

    private static final Schema CONTROL_SCHEMA = controlSchema();

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final EDIStreamWriter edi;
    private int transactionSegments;

    EdiSegmentWriter() {
        try {
            edi = outputFactory().createEDIStreamWriter(output, StandardCharsets.US_ASCII.name());
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
            cleaned[i] = EligibilityText.clean(elements[i]);
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

    private static EDIOutputFactory outputFactory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, COMPONENT_SEPARATOR);
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, REPETITION_SEPARATOR);
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        // Drops trailing empty elements, as X12 requires.
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        // Pads the fixed-length ISA elements to their size.
        factory.setProperty(EDIOutputFactory.FORMAT_ELEMENTS, true);
        return factory;
    }

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                    new String[] {"00501"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 00501 control schema: " + e.getMessage(), e);
        }
    }
}
