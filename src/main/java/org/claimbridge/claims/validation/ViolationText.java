package org.claimbridge.claims.validation;

/**
 * Builds the parts of violation messages that quote received values. Only values shaped like codes are
 * quoted, so that a name or identifier sent in the wrong field never reaches a message.
 */
public final class ViolationText {

    private static final int MAX_CODE_LENGTH = 20;

    private ViolationText() {
    }

    /**
     * Returns "; received VALUE" when the value looks like a code (letters, digits, '.', '-', '_', at most
     * 20 characters), else a clause stating that a value other than a code arrived, without quoting it.
     */
    public static String received(String value) {
        if (value == null || value.isEmpty()) {
            return "; received an empty value";
        }
        return isCodeShaped(value) ? "; received " + value : "; received a value that is not a code";
    }

    /** Returns true for 1 to 20 letters, digits, '.', '-' or '_'. */
    public static boolean isCodeShaped(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
