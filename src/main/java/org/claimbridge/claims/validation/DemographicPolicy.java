package org.claimbridge.claims.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The configurable part of the demographic rules: per rule whether a problem rejects or warns, and per payer
 * the pattern its member ids must match.
 *
 * @param severities severity per rule; a rule not in the map rejects
 * @param memberIdPatterns member id pattern per payer id (IN1-3); the whole member id must match
 */
public record DemographicPolicy(Map<DemographicRule, Severity> severities, Map<String, Pattern> memberIdPatterns) {

    /** Every rule rejects and no payer has a member id pattern. */
    public static final DemographicPolicy REJECT_ALL = new DemographicPolicy(Map.of(), Map.of());

    public DemographicPolicy {
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
        memberIdPatterns = Map.copyOf(memberIdPatterns);
    }

    /**
     * Reads the policy from configuration values.
     *
     * @param rules severity per rule key ({@link DemographicRule#key()}), {@code reject} or {@code warn}
     * @param patterns regular expression per payer id
     * @throws IllegalArgumentException naming the setting and the fix for an unknown rule, an unknown severity or
     *     an invalid pattern
     */
    public static DemographicPolicy of(Map<String, String> rules, Map<String, String> patterns) {
        Map<DemographicRule, Severity> severities = new EnumMap<>(DemographicRule.class);
        Objects.requireNonNullElse(rules, Map.<String, String>of()).forEach(
                (key, value) -> severities.put(DemographicRule.ofKey(key), severity(key, value)));
        Map<String, Pattern> compiled = new HashMap<>();
        Objects.requireNonNullElse(patterns, Map.<String, String>of()).forEach(
                (payerId, pattern) -> compiled.put(payerId, compile(payerId, pattern)));
        return new DemographicPolicy(severities, compiled);
    }

    /** Returns the severity of a rule; null (a field outside the rules) and unlisted rules reject. */
    public Severity severity(DemographicRule rule) {
        return rule == null ? Severity.REJECT : severities.getOrDefault(rule, Severity.REJECT);
    }

    /** Returns the member id pattern of a payer, or null when none is configured. */
    public Pattern memberIdPattern(String payerId) {
        return payerId == null ? null : memberIdPatterns.get(payerId);
    }

    /** Returns this policy with every rule rejecting and the same member id patterns. */
    public DemographicPolicy rejectingAll() {
        return new DemographicPolicy(Map.of(), memberIdPatterns);
    }

    private static Severity severity(String key, String value) {
        String normalized = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(normalized)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("claimbridge.demographics.rules." + key + " is '" + value
                + "'; set it to reject or warn");
    }

    private static Pattern compile(String payerId, String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("claimbridge.demographics.member-id-patterns for payer " + payerId
                    + " is not a valid regular expression (" + e.getDescription() + "); correct the pattern", e);
        }
    }
}
