package org.claimbridge.claims.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One charge on the claim, an 837P 2400 loop.
 *
 * @param procedureCode CPT or HCPCS Level II code (SV101-2)
 * @param modifiers up to four procedure modifiers (SV101-3 to SV101-6)
 * @param units service units (SV104)
 * @param chargeAmount line charge in US dollars (SV102)
 * @param diagnosisPointers one-based positions into {@link Claim#diagnosisCodes()}, at most four (SV107)
 * @param renderingProvider the provider who performed this service, or null when it is the claim's
 */
public record ServiceLine(
        String procedureCode,
        List<String> modifiers,
        BigDecimal units,
        BigDecimal chargeAmount,
        LocalDate serviceDate,
        List<Integer> diagnosisPointers,
        Provider renderingProvider) {
}
