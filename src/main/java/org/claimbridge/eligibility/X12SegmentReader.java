package org.claimbridge.eligibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

/**
 * Reads an X12 interchange into segments with StAEDI's {@link EDIStreamReader}, which checks the envelope
 * against its X12 control schema (SE01, GE01 and IEA01 counts, matching control numbers in headers and
 * trailers). Validation errors are collected as problems and do not stop the read. A syntax error that StAEDI
 * cannot get past ends the read, but the segments read so far are kept.
 */
final class X12SegmentReader {

    /** Segments read, problems found, and whether the read reached the end of the input. */
    record Interchange(List<Segment> segments, List<String> problems, boolean complete) {
    }

    private final List<Segment> segments = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String tag;
    private List<String> elements;
    private StringBuilder composite;

    private X12SegmentReader() {
    }

    static Interchange read(String text) {
        return new X12SegmentReader().readAll(text);
    }

    private Interchange readAll(String text) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        boolean complete = true;
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            while (reader.hasNext()) {
                onEvent(reader, reader.next());
            }
        } catch (EDIStreamException | RuntimeException e) {
            // StAEDI reports some malformed input as unchecked exceptions; both end the read the same way.
            complete = false;
            problems.add("X12 syntax error after segment " + segments.size() + ": " + e.getMessage());
        } catch (IOException e) {
            complete = false;
            problems.add("X12 input could not be read: " + e.getMessage());
        }
        return new Interchange(List.copyOf(segments), List.copyOf(problems), complete);
    }

    private void onEvent(EDIStreamReader reader, EDIStreamEvent event) {
        switch (event) {
            case START_SEGMENT -> {
                tag = reader.getText();
                elements = new ArrayList<>();
            }
            case START_COMPOSITE -> composite = new StringBuilder();
            case ELEMENT_DATA -> onElementData(reader);
            case END_COMPOSITE -> {
                place(reader.getLocation(), composite.toString());
                composite = null;
            }
            case END_SEGMENT -> segments.add(new Segment(tag, elements, segments.size() + 1));
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problems.add(describe(reader));
            default -> {
                // Interchange, group, transaction and loop boundaries carry no data.
            }
        }
    }

    private void onElementData(EDIStreamReader reader) {
        if (composite != null) {
            if (reader.getLocation().getComponentPosition() > 1) {
                composite.append(':');
            }
            composite.append(reader.getText());
        } else {
            place(reader.getLocation(), reader.getText());
        }
    }

    /** Puts the value at its 1-based element position, joining repetitions of the element with {@code ^}. */
    private void place(Location location, String value) {
        int position = location.getElementPosition();
        if (location.getElementOccurrence() > 1 && elements.size() == position) {
            elements.set(position - 1, elements.get(position - 1) + "^" + value);
            return;
        }
        while (elements.size() < position - 1) {
            elements.add("");
        }
        elements.add(value);
    }

    /** Describes a validation error by segment, element position and StAEDI error type, never by value. */
    private String describe(EDIStreamReader reader) {
        Location location = reader.getLocation();
        String segmentTag = location.getSegmentTag() != null ? location.getSegmentTag() : tag;
        int element = location.getElementPosition();
        String where = element > 0 ? String.format("%s%02d", segmentTag, element) : segmentTag;
        return where + " " + reader.getErrorType() + " (segment " + location.getSegmentPosition() + ")";
    }
}
