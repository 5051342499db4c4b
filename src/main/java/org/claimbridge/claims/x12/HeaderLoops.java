package org.claimbridge.claims.x12;

import org.claimbridge.config.ClaimBridgeProperties;

/** Writes loops 1000A submitter, 1000B receiver, 2000A billing provider and 2010AA billing provider name. */
final class HeaderLoops {

    /** HL01 of the billing provider, the parent of every subscriber HL. */
    static final int BILLING_PROVIDER_HL = 1;

    private final ClaimBridgeProperties.X12 settings;
    private final ClaimBridgeProperties.BillingProvider billingProvider;

    HeaderLoops(ClaimBridgeProperties.X12 settings, ClaimBridgeProperties.BillingProvider billingProvider) {
        this.settings = settings;
        this.billingProvider = billingProvider;
    }

    void write(SegmentWriter out) {
        // NM108 46 is the electronic transmitter identification number assigned by the receiver.
        out.organizationName("41", settings.submitterName(), "46", settings.submitterId());
        out.segment("PER", "IC", settings.submitterContactName(), "TE", settings.submitterContactPhone());
        out.organizationName("40", settings.receiverName(), "46", settings.receiverIdentifier());

        // HL04 1: subscriber HLs follow.
        out.segment("HL", String.valueOf(BILLING_PROVIDER_HL), null, "20", "1");
        out.segment("PRV", "BI", "PXC", billingProvider.taxonomyCode());
        out.organizationName("85", billingProvider.name(), "XX", billingProvider.npi());
        out.segment("N3", billingProvider.addressLine());
        out.segment("N4", billingProvider.city(), billingProvider.state(), billingProvider.postalCode());
        out.segment("REF", "EI", billingProvider.taxId());
    }
}
