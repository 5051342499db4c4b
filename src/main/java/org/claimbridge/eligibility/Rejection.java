package org.claimbridge.eligibility;

/**
 * One AAA (request validation) segment of a 271.
 *
 * @param aaaSegmentLoop the loop that carried the AAA: 2000A, 2100A, 2100B, 2100C, 2110C, 2100D or 2110D
 * @param reasonCode AAA03 reject reason code, for example 75 (subscriber/insured not found)
 * @param followUpCode AAA04 follow-up action code, for example C (please correct and resubmit)
 * @param description the X12 description of the reason code
 */
public record Rejection(String aaaSegmentLoop, String reasonCode, String followUpCode, String description) {
}
