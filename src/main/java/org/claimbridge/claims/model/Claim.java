package org.claimbridge.claims.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A professional claim, independent of the message format it came in.
 *
 * @param patientControlNumber CLM01, the visit number the practice uses to match remittances
 * @param totalCharge CLM02, which must equal the sum of the service line charges
 * @param placeOfServiceCode CMS place of service code (CLM05-1), for example 11 for office
 * @param diagnosisCodes ICD-10-CM codes as received (with or without the decimal point), principal first
 * @param renderingProvider the claim-level rendering provider, or null
 */
public record Claim(
        String patientControlNumber,
        BigDecimal totalCharge,
        String placeOfServiceCode,
        Patient patient,
        Subscriber subscriber,
        Payer payer,
        List<String> diagnosisCodes,
        List<ServiceLine> serviceLines,
        Provider renderingProvider) {
}
