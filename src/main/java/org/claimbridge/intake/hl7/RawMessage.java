package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.Escape;

/**
 * The received text before HAPI parses it: segments split on CR, LF or CRLF, blank lines dropped, and the
 * first MSH read by hand, so that a message HAPI cannot parse still gets an acknowledgement with its MSH-10.
 */
final class RawMessage {

    static final char SEGMENT_SEPARATOR = '\r';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> segments;
    private final String text;
    /** MSH fields by position: index 0 is MSH-2; null when the message has no MSH. */
    private final List<String> mshFields;
    private final char fieldSeparator;
    /** Null when MSH-1 or MSH-2 is not a usable set of delimiters. */
    private final EncodingCharacters encoding;

    private RawMessage(List<String> segments) {
        this.segments = List.copyOf(segments);
        this.text = segments.isEmpty()
                ? ""
                : String.join(String.valueOf(SEGMENT_SEPARATOR), segments) + SEGMENT_SEPARATOR;
        String msh = firstMsh(segments);
        this.fieldSeparator = msh == null ? '|' : msh.charAt(3);
        this.mshFields = msh == null ? null : split(msh.substring(4), fieldSeparator);
        this.encoding = msh == null ? null : encodingOf(fieldSeparator, mshFields.get(0));
    }

    /** Splits the text into segments; null or blank text gives a message without segments. */
    static RawMessage of(String input) {
        List<String> segments = new ArrayList<>();
        if (input != null) {
            int start = !input.isEmpty() && input.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
            for (int i = start; i <= input.length(); i++) {
                if (i == input.length() || input.charAt(i) == '\r' || input.charAt(i) == '\n') {
                    String segment = input.substring(start, i).stripLeading();
                    if (!segment.isEmpty()) {
                        segments.add(segment);
                    }
                    start = i + 1;
                }
            }
        }
        return new RawMessage(segments);
    }

    /** Returns the segments joined by carriage returns, each one terminated, as HAPI's PipeParser reads them. */
    String text() {
        return text;
    }

    List<String> segments() {
        return segments;
    }

    boolean hasMsh() {
        return mshFields != null;
    }

    char fieldSeparator() {
        return fieldSeparator;
    }

    /** Returns the delimiters of MSH-1 and MSH-2, or null when they are not usable. */
    EncodingCharacters encoding() {
        return encoding;
    }

    /** Returns MSH-n as it appears (n of 2 or more), or null when absent or empty. */
    String mshField(int position) {
        if (mshFields == null || position - 2 >= mshFields.size()) {
            return null;
        }
        String value = mshFields.get(position - 2);
        return value.isEmpty() ? null : value;
    }

    /** Returns one component of MSH-n with escape sequences decoded, or null when absent or empty. */
    String mshComponent(int position, int component) {
        String field = mshField(position);
        if (field == null) {
            return null;
        }
        char componentSeparator = encoding == null ? '^' : encoding.getComponentSeparator();
        List<String> components = split(field, componentSeparator);
        if (component > components.size() || components.get(component - 1).isEmpty()) {
            return null;
        }
        String value = components.get(component - 1);
        return encoding == null ? value : Escape.unescape(value, encoding);
    }

    MessageHeader header() {
        return new MessageHeader(mshComponent(3, 1), mshComponent(4, 1), mshComponent(10, 1), mshField(9),
                mshComponent(12, 1));
    }

    private static String firstMsh(List<String> segments) {
        for (String segment : segments) {
            if (segment.startsWith("MSH") && segment.length() > 3) {
                return segment;
            }
        }
        return null;
    }

    /** Returns the delimiters when MSH-1 is not a letter or digit and MSH-2 has 4 or 5 distinct characters. */
    private static EncodingCharacters encodingOf(char fieldSeparator, String encodingCharacters) {
        if (Character.isLetterOrDigit(fieldSeparator) || Character.isWhitespace(fieldSeparator)) {
            return null;
        }
        int length = encodingCharacters.length();
        if (length < 4 || length > 5) {
            return null;
        }
        String all = fieldSeparator + encodingCharacters;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || all.indexOf(c) != i) {
                return null;
            }
        }
        return new EncodingCharacters(fieldSeparator, encodingCharacters);
    }

    static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = value.indexOf(separator); i >= 0; i = value.indexOf(separator, start)) {
            parts.add(value.substring(start, i));
            start = i + 1;
        }
        parts.add(value.substring(start));
        return parts;
    }
}
