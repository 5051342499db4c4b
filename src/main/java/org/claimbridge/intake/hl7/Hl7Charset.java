package org.claimbridge.intake.hl7;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Picks the charset of a raw HL7 v2 message from MSH-18 (HL7 table 0211). With MSH-18 empty or unknown
 * the configured default applies; when that default is UTF-8 and the bytes are not valid UTF-8, the
 * message is read as ISO-8859-1, the MLLP default of most interface engines.
 */
final class Hl7Charset {

    private static final Map<String, Charset> TABLE_0211 = Map.ofEntries(
            Map.entry("ASCII", StandardCharsets.US_ASCII),
            Map.entry("8859/1", StandardCharsets.ISO_8859_1),
            Map.entry("8859/2", Charset.forName("ISO-8859-2")),
            Map.entry("8859/3", Charset.forName("ISO-8859-3")),
            Map.entry("8859/4", Charset.forName("ISO-8859-4")),
            Map.entry("8859/5", Charset.forName("ISO-8859-5")),
            Map.entry("8859/6", Charset.forName("ISO-8859-6")),
            Map.entry("8859/7", Charset.forName("ISO-8859-7")),
            Map.entry("8859/8", Charset.forName("ISO-8859-8")),
            Map.entry("8859/9", Charset.forName("ISO-8859-9")),
            Map.entry("8859/15", Charset.forName("ISO-8859-15")),
            Map.entry("UNICODE UTF-8", StandardCharsets.UTF_8),
            Map.entry("UNICODE UTF-16", StandardCharsets.UTF_16),
            Map.entry("UNICODE", StandardCharsets.UTF_8),
            Map.entry("GB 18030-2000", Charset.forName("GB18030")),
            Map.entry("KS X 1001", Charset.forName("EUC-KR")),
            Map.entry("BIG-5", Charset.forName("Big5")));

    private static final int MSH_18 = 18;

    private Hl7Charset() {
    }

    /** Returns the charset to decode {@code frame} with. */
    static Charset of(byte[] frame, Charset defaultCharset) {
        Charset declared = TABLE_0211.get(msh18(frame));
        if (declared != null) {
            return declared;
        }
        if (StandardCharsets.UTF_8.equals(defaultCharset) && !decodes(frame, StandardCharsets.UTF_8)) {
            return StandardCharsets.ISO_8859_1;
        }
        return defaultCharset;
    }

    /**
     * Returns why the frame cannot be read in the charset its MSH-18 declares, or null when it can (or
     * MSH-18 is empty). Decoding such a frame anyway would silently change names in the claim.
     */
    static String problem(byte[] frame) {
        String value = msh18(frame);
        if (value.isEmpty()) {
            return null;
        }
        Charset declared = TABLE_0211.get(value);
        if (declared == null) {
            return "MSH-18 (character set) '" + value + "' is not a supported HL7 table 0211 value; use"
                    + " UNICODE UTF-8, 8859/1 or ASCII, or leave MSH-18 empty";
        }
        if (!decodes(frame, declared)) {
            return "MSH-18 (character set) declares '" + value + "' but the message contains bytes that are not"
                    + " valid in that character set; send the message in the declared character set or correct"
                    + " MSH-18";
        }
        return null;
    }

    /** Returns the first repetition of MSH-18 read from the raw bytes, or an empty string. */
    static String msh18(byte[] frame) {
        int start = indexOf(frame, "MSH");
        if (start < 0 || frame.length < start + 4) {
            return "";
        }
        byte separator = frame[start + 3];
        int field = 2;
        int fieldStart = start + 4;
        for (int i = start + 4; i < frame.length && frame[i] != '\r' && frame[i] != '\n'; i++) {
            if (frame[i] == separator) {
                field++;
                if (field == MSH_18) {
                    fieldStart = i + 1;
                } else if (field == MSH_18 + 1) {
                    return firstRepetition(frame, fieldStart, i);
                }
            }
        }
        return field == MSH_18 ? firstRepetition(frame, fieldStart, lineEnd(frame, fieldStart)) : "";
    }

    private static String firstRepetition(byte[] frame, int from, int to) {
        String value = new String(frame, from, to - from, StandardCharsets.US_ASCII);
        int tilde = value.indexOf('~');
        return (tilde >= 0 ? value.substring(0, tilde) : value).trim();
    }

    private static int lineEnd(byte[] frame, int from) {
        int i = from;
        while (i < frame.length && frame[i] != '\r' && frame[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] frame, String ascii) {
        byte[] target = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + target.length <= frame.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (frame[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean decodes(byte[] frame, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(frame));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
