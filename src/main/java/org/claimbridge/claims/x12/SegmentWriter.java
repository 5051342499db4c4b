package org.claimbridge.claims.x12;

import java.util.Arrays;
import java.util.List;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import org.claimbridge.claims.model.PersonName;
import org.claimbridge.x12.X12Text;

/**
 * Writes segments through a StAEDI {@link EDIStreamWriter}, cleaning every element value with
 * {@link X12Text} and counting the segments of the current transaction set for SE01.
 * An element is a {@link String} (null or empty for an empty element) or a {@link Composite}.
 */
final class SegmentWriter {

    /** A composite element, whose null or empty components are written empty. */
    record Composite(List<String> components) {

        static Composite of(String... components) {
            return new Composite(Arrays.asList(components));
        }
    }

    private final EDIStreamWriter edi;
    private final X12Text text;
    private int transactionSegments;

    SegmentWriter(EDIStreamWriter edi, X12Text text) {
        this.edi = edi;
        this.text = text;
    }

    /** Writes a segment whose element values are cleaned first. */
    void segment(String tag, Object... elements) {
        Object[] cleaned = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            cleaned[i] = cleanElement(elements[i]);
        }
        raw(tag, cleaned);
    }

    /** Writes a segment as given, for envelope values that must keep their padding. */
    void raw(String tag, Object... elements) {
        try {
            edi.writeStartSegment(tag);
            for (Object element : elements) {
                writeElement(element);
            }
            edi.writeEndSegment();
            transactionSegments++;
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to write segment " + tag + ": " + e.getMessage(), e);
        }
    }

    /** Writes an NM1 segment for a person (NM102 1) with the name in NM103 to NM107. */
    void personName(String entityCode, PersonName name, String idQualifier, String id) {
        segment("NM1", entityCode, "1", name.last(), name.first(), name.middle(), null, name.suffix(),
                idQualifier, id);
    }

    /** Writes an NM1 segment for an organization (NM102 2). */
    void organizationName(String entityCode, String name, String idQualifier, String id) {
        segment("NM1", entityCode, "2", name, null, null, null, null, idQualifier, id);
    }

    /** Restarts the segment count at the ST segment about to be written. */
    void startTransactionCount() {
        transactionSegments = 0;
    }

    /** Returns the segments written since ST, plus one for the SE segment that closes the set. */
    int transactionSegmentCountWithTrailer() {
        return transactionSegments + 1;
    }

    /** Returns the cleaned value, for callers that report it, such as CLM01. */
    String clean(String value) {
        return text.clean(value);
    }

    private Object cleanElement(Object element) {
        if (element instanceof Composite composite) {
            return new Composite(composite.components().stream().map(text::clean).toList());
        }
        return text.clean((String) element);
    }

    private void writeElement(Object element) throws EDIStreamException {
        if (element instanceof Composite composite) {
            edi.writeStartElement();
            for (String component : composite.components()) {
                if (component == null || component.isEmpty()) {
                    edi.writeEmptyComponent();
                } else {
                    edi.writeComponent(component);
                }
            }
            edi.endElement();
        } else if (element == null || ((String) element).isEmpty()) {
            edi.writeEmptyElement();
        } else {
            edi.writeElement((String) element);
        }
    }
}
