package org.claimbridge.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;

/**
 * StAEDI output settings shared by every X12 writer of the gateway: the delimiters of
 * {@link X12Text#DELIMITERS}, one segment per line, and X12's element formatting.
 */
public final class X12Output {

    /** ISA16 component element separator. */
    public static final char COMPONENT_SEPARATOR = ':';
    /** ISA11 repetition separator. */
    public static final char REPETITION_SEPARATOR = '^';

    private X12Output() {
    }

    /** Returns a new output factory; StAEDI factories are not shared between threads. */
    public static EDIOutputFactory newFactory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, COMPONENT_SEPARATOR);
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, REPETITION_SEPARATOR);
        // A line separator (line.separator) after each segment terminator.
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        // Drops trailing empty elements and components, as X12 requires.
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        // Pads fixed-length ISA elements to their size.
        factory.setProperty(EDIOutputFactory.FORMAT_ELEMENTS, true);
        return factory;
    }

    /** Returns StAEDI's X12 00501 envelope schema (ISA, GS, ST and their trailers). */
    public static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                    new String[] {"00501"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 00501 control schema: " + e.getMessage(), e);
        }
    }
}
