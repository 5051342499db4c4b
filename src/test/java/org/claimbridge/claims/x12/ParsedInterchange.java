package org.claimbridge.claims.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * An interchange read back with StAEDI's {@link EDIStreamReader}, which checks the envelope against its
 * X12 control schema: SE01, GE01 and IEA01 counts and matching control numbers in headers and trailers.
 */
public record ParsedInterchange(List<Segment> segments, List<String> errors) {

    /** A segment with its elements from 01 on, where a composite element's components are joined with ':'. */
    public record Segment(String tag, List<String> elements) {

        /** Returns element {@code position} (1-based), or an empty string when the segment is shorter. */
        String element(int position) {
            return position <= elements.size() ? elements.get(position - 1) : "";
        }
    }

    public static ParsedInterchange parse(String text) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        List<Segment> segments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            String tag = null;
            List<String> elements = null;
            List<String> components = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                    }
                    case START_COMPOSITE -> components = new ArrayList<>();
                    case ELEMENT_DATA -> {
                        if (components != null) {
                            components.add(reader.getText());
                        } else {
                            place(elements, reader.getLocation().getElementPosition(), reader.getText());
                        }
                    }
                    case END_COMPOSITE -> {
                        place(elements, reader.getLocation().getElementPosition(), String.join(":", components));
                        components = null;
                    }
                    case END_SEGMENT -> segments.add(new Segment(tag, List.copyOf(elements)));
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(
                            event + " " + reader.getErrorType() + " at " + reader.getLocation().getSegmentTag()
                                    + " element " + reader.getLocation().getElementPosition());
                    default -> {
                        // Interchange, group, transaction and loop boundaries carry no data.
                    }
                }
            }
        } catch (EDIStreamException e) {
            errors.add("StAEDI could not read the interchange: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParsedInterchange(List.copyOf(segments), List.copyOf(errors));
    }

    /** Puts the value at its 1-based element position, filling skipped positions with empty elements. */
    private static void place(List<String> elements, int position, String value) {
        while (elements.size() < position - 1) {
            elements.add("");
        }
        elements.add(value);
    }

    public List<Segment> withTag(String tag) {
        return segments.stream().filter(segment -> segment.tag().equals(tag)).toList();
    }

    /** Returns the NM1 segments whose entity identifier code (NM101) is {@code entityCode}. */
    List<Segment> names(String entityCode) {
        return withTag("NM1").stream().filter(segment -> segment.element(1).equals(entityCode)).toList();
    }

    Segment first(String tag) {
        return withTag(tag).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + tag + " segment in the interchange"));
    }

    /** Returns the segments from ST to SE, both included. */
    List<Segment> transactionSet() {
        int start = segments.indexOf(first("ST"));
        int end = segments.indexOf(first("SE"));
        return segments.subList(start, end + 1);
    }
}
