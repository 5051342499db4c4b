package org.claimbridge.claims.validation;

import java.util.List;

/**
 * The outcome of checking demographics: problems that reject the message and problems that only warn.
 *
 * @param rejections problems of rules that reject; the message gets AE when there is one
 * @param warnings problems of rules configured to warn; the message is accepted and flagged
 */
public record Validation(List<Violation> rejections, List<Violation> warnings) {

    public Validation {
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }
}
