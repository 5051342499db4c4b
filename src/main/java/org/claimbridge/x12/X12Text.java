package org.claimbridge.x12;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans text elements so that they hold only printable ASCII and none of the interchange's delimiters,
 * and counts the elements it had to change. One instance serves one interchange, so it is not thread-safe.
 */
public final class X12Text {

    /** Element, component, repetition and segment separators of every interchange this package writes. */
    public static final String DELIMITERS = "*:^~";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** Letters that NFD does not decompose into an ASCII base letter and combining marks. */
    private static final Map<Character, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Œ', "OE"),
            Map.entry('œ', "oe"), Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Ł', "L"),
            Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('Þ', "TH"),
            Map.entry('þ', "th"), Map.entry('ı', "i"));

    private int changedElements;

    /**
     * Returns the value with accented letters transliterated to ASCII, delimiters and whitespace such as
     * tabs replaced by a space, other characters outside printable ASCII removed, and spaces trimmed and
     * collapsed. Returns null for null. Counts the element as changed when the result differs from the value.
     */
    public String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = transliterate(value);
        if (!cleaned.equals(value)) {
            changedElements++;
        }
        return cleaned;
    }

    /** Returns the number of elements that {@link #clean} changed so far. */
    public int changedElements() {
        return changedElements;
    }

    /** Returns the value cleaned as {@link #clean} does, without counting; null for null. */
    public static String transliterate(String value) {
        if (value == null) {
            return null;
        }
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (DELIMITERS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                ascii.append(' ');
            } else if (c >= 0x20 && c <= 0x7E) {
                ascii.append(c);
            } else {
                ascii.append(LETTERS_WITHOUT_DECOMPOSITION.getOrDefault(c, ""));
            }
        }
        return SPACES.matcher(ascii.toString().trim()).replaceAll(" ");
    }
}
