package org.claimbridge.eligibility;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sender and receiver of an eligibility interchange, as the ISA and GS segments name them.
 *
 * @param senderQualifier ISA05, 2 characters, for example ZZ (mutually defined)
 * @param senderId ISA06, 1 to 15 characters, padded to 15 on output
 * @param receiverQualifier ISA07
 * @param receiverId ISA08, 1 to 15 characters, padded to 15 on output
 * @param applicationSenderCode GS02, 2 to 15 characters
 * @param applicationReceiverCode GS03, 2 to 15 characters
 * @param usageIndicator ISA15: T for test, P for production
 */
public record InterchangeParties(
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        String applicationSenderCode,
        String applicationReceiverCode,
        String usageIndicator) {

    private static final Set<String> USAGE_INDICATORS = Set.of("T", "P");
    private static final Pattern ISA_TEXT = Pattern.compile("[A-Za-z0-9 .\\-]+");

    public InterchangeParties {
        requireIsaText("ISA05 senderQualifier", senderQualifier, 2, 2);
        requireIsaText("ISA06 senderId", senderId, 1, 15);
        requireIsaText("ISA07 receiverQualifier", receiverQualifier, 2, 2);
        requireIsaText("ISA08 receiverId", receiverId, 1, 15);
        requireIsaText("GS02 applicationSenderCode", applicationSenderCode, 2, 15);
        requireIsaText("GS03 applicationReceiverCode", applicationReceiverCode, 2, 15);
        if (!USAGE_INDICATORS.contains(usageIndicator)) {
            throw new IllegalArgumentException("ISA15 usageIndicator is '" + usageIndicator
                    + "' but must be T (test) or P (production)");
        }
    }

    /** Returns the parties of a response to an interchange from these parties, with sender and receiver swapped. */
    public InterchangeParties reversed() {
        return new InterchangeParties(receiverQualifier, receiverId, senderQualifier, senderId,
                applicationReceiverCode, applicationSenderCode, usageIndicator);
    }

    private static void requireIsaText(String name, String value, int min, int max) {
        if (value == null || value.length() < min || value.length() > max || !ISA_TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is '" + value + "' but must have " + min + " to " + max
                    + " letters, digits, spaces, periods or hyphens");
        }
    }
}
