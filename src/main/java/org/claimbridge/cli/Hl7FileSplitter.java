package org.claimbridge.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of an HL7 v2 file into messages: a message starts at each MSH segment. Batch
 * envelope segments (FHS, BHS, BTS, FTS) are dropped, and segments are rejoined with CR, the HL7
 * segment terminator, whatever line ends the file used.
 */
final class Hl7FileSplitter {

    private Hl7FileSplitter() {
    }

    static List<String> split(String fileText) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        for (String segment : fileText.split("\r\n|\r|\n")) {
            if (segment.isBlank() || isBatchEnvelope(segment)) {
                continue;
            }
            if (segment.startsWith("MSH")) {
                if (current != null) {
                    messages.add(current.toString());
                }
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(segment).append('\r');
            }
        }
        if (current != null) {
            messages.add(current.toString());
        }
        return messages;
    }

    private static boolean isBatchEnvelope(String segment) {
        return segment.startsWith("FHS") || segment.startsWith("BHS") || segment.startsWith("BTS")
                || segment.startsWith("FTS");
    }
}
