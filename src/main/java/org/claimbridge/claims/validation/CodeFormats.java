package org.claimbridge.claims.validation;

import java.util.Set;
import java.util.regex.Pattern;

/** Format checks of the codes an 837P carries. The patterns are compiled once. */
final class CodeFormats {

    /** Letter, digit, letter or digit, then up to four letters or digits after an optional point. */
    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][A-Z0-9](?:\\.?[A-Z0-9]{1,4})?");
    /** CPT category I (5 digits) or category II and III (4 digits and F or T). */
    private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9FT]");
    /** HCPCS Level II: a letter A to V and 4 digits. */
    private static final Pattern HCPCS = Pattern.compile("[A-V][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}(?:[0-9]{4})?");
    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("[0-9]{2}");
    private static final Pattern NPI = Pattern.compile("[0-9]{10}");
    /** A North American (NANP) number: area code and exchange each start with 2 to 9. */
    private static final Pattern NANP = Pattern.compile("1?[2-9][0-9]{2}[2-9][0-9]{6}");

    private static final Set<String> SEXES = Set.of("F", "M", "U");

    /** X12 individual relationship codes that the 837P allows in SBR02 and PAT01. */
    private static final Set<String> RELATIONSHIPS = Set.of("01", "18", "19", "20", "21", "39", "40", "53", "G8");

    /**
     * Luhn sum of the prefix 80840, which the NPI check digit calculation puts before the first nine digits.
     * Adding it equals running the Luhn formula over all 14 digits.
     */
    private static final int NPI_PREFIX_LUHN_SUM = 24;

    private CodeFormats() {
    }

    static boolean isIcd10Cm(String code) {
        return ICD10CM.matcher(code).matches();
    }

    static boolean isCptOrHcpcs(String code) {
        return CPT.matcher(code).matches() || HCPCS.matcher(code).matches();
    }

    static boolean isModifier(String modifier) {
        return modifier != null && MODIFIER.matcher(modifier).matches();
    }

    static boolean isZip(String zip) {
        return ZIP.matcher(zip).matches();
    }

    static boolean isPlaceOfService(String code) {
        return PLACE_OF_SERVICE.matcher(code).matches();
    }

    static boolean isSex(String sex) {
        return SEXES.contains(sex);
    }

    static boolean isRelationship(String code) {
        return RELATIONSHIPS.contains(code);
    }

    /** Checks a phone number after removing spaces, parentheses, hyphens, points and a leading '+'. */
    static boolean isUsPhone(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" ()-.".indexOf(c) < 0 && !(c == '+' && digits.length() == 0)) {
                return false;
            }
        }
        return NANP.matcher(digits).matches();
    }

    static boolean isState(String state) {
        return UsStates.contains(state);
    }

    /** Checks ten digits and the Luhn check digit computed over 80840 and the first nine digits. */
    static boolean isNpi(String npi) {
        if (npi == null || !NPI.matcher(npi).matches()) {
            return false;
        }
        int sum = NPI_PREFIX_LUHN_SUM;
        for (int i = 0; i < 9; i++) {
            int digit = npi.charAt(i) - '0';
            // Counting from the right of the nine digits, every other digit starting with the last is doubled.
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int checkDigit = (10 - sum % 10) % 10;
        return checkDigit == npi.charAt(9) - '0';
    }
}
