package org.claimbridge.claims.validation;

final class Text {

    private Text() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
