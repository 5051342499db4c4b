package org.claimbridge.eligibility;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans text elements so that they contain only printable ASCII and none of the interchange's delimiters. The
 * rules are those of the 837P writer. Accented letters become their ASCII base letter, delimiters and whitespace
 * become a space, other characters are dropped, and spaces are trimmed and collapsed.
 */
final class EligibilityText {

    /** Element, component, repetition and segment separators of every interchange this package writes. */
    static final String DELIMITERS = "*:^~";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** Letters that NFD does not decompose into an ASCII base letter and combining marks. */
    private static final Map<Character, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Œ', "OE"),
            Map.entry('œ', "oe"), Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Ł', "L"),
            Map.entry('ł', "l"), Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('Þ', "TH"),
            Map.entry('þ', "th"), Map.entry('ı', "i"));

    private EligibilityText() {
    }

    /** Returns the cleaned value, or null for null. */
    static String clean(String value) {
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
