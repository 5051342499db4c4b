package org.claimbridge.claims.x12;

import java.util.Set;
import java.util.regex.Pattern;

import org.claimbridge.config.ClaimBridgeProperties;

/** Checks the envelope and billing provider settings once, when the writer is built. */
final class WriterSettings {

    private static final Set<String> USAGE_INDICATORS = Set.of("T", "P");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private WriterSettings() {
    }

    static void check(ClaimBridgeProperties.X12 x12, ClaimBridgeProperties.BillingProvider provider) {
        if (x12 == null || provider == null) {
            throw new IllegalArgumentException("claimbridge.x12 and claimbridge.billing-provider are required");
        }
        requireOneOf("claimbridge.x12.usage-indicator", x12.usageIndicator(), USAGE_INDICATORS);
        requireLength("claimbridge.x12.sender-qualifier", x12.senderQualifier(), 2, 2);
        requireLength("claimbridge.x12.sender-id", x12.senderId(), 1, 15);
        requireLength("claimbridge.x12.receiver-qualifier", x12.receiverQualifier(), 2, 2);
        requireLength("claimbridge.x12.receiver-id", x12.receiverId(), 1, 15);
        requireLength("claimbridge.x12.application-sender-code", x12.applicationSenderCode(), 2, 15);
        requireLength("claimbridge.x12.application-receiver-code", x12.applicationReceiverCode(), 2, 15);
        requireLength("claimbridge.x12.submitter-name", x12.submitterName(), 1, 60);
        requireLength("claimbridge.x12.submitter-id", x12.submitterId(), 2, 80);
        requireLength("claimbridge.x12.submitter-contact-name", x12.submitterContactName(), 1, 60);
        requireMatch("claimbridge.x12.submitter-contact-phone", x12.submitterContactPhone(), DIGITS, "digits only");
        requireLength("claimbridge.x12.receiver-name", x12.receiverName(), 1, 60);
        requireLength("claimbridge.x12.receiver-identifier", x12.receiverIdentifier(), 2, 80);

        requireLength("claimbridge.billing-provider.name", provider.name(), 1, 60);
        requireMatch("claimbridge.billing-provider.npi", provider.npi(), TEN_DIGITS, "10 digits");
        requireMatch("claimbridge.billing-provider.tax-id", provider.taxId(), NINE_DIGITS, "9 digits, no hyphen");
        requireLength("claimbridge.billing-provider.taxonomy-code", provider.taxonomyCode(), 10, 10);
        requireLength("claimbridge.billing-provider.address-line", provider.addressLine(), 1, 55);
        requireLength("claimbridge.billing-provider.city", provider.city(), 2, 30);
        requireLength("claimbridge.billing-provider.state", provider.state(), 2, 2);
        // 005010X222A1 requires the 9-digit ZIP+4 for the billing provider address.
        requireMatch("claimbridge.billing-provider.postal-code", provider.postalCode(), NINE_DIGITS,
                "9 digits (ZIP+4)");
    }

    private static void requireOneOf(String property, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new IllegalArgumentException(property + " is '" + value + "' but must be one of " + allowed);
        }
    }

    private static void requireLength(String property, String value, int min, int max) {
        if (value == null || value.isBlank() || value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(property + " is '" + value + "' but must have " + min + " to "
                    + max + " characters");
        }
    }

    private static void requireMatch(String property, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(property + " is '" + value + "' but must be " + expected);
        }
    }
}
