package org.claimbridge.claims.x12;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.config.ClaimBridgeProperties;
import org.claimbridge.x12.X12Output;
import org.claimbridge.x12.X12Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serializes claims as one X12 837P 005010X222A1 interchange: one functional group with one transaction
 * set, the billing provider from the settings, and one 2000B subscriber loop per claim. StAEDI writes the
 * segments, pads the ISA and checks the envelope against its X12 control schema. Each call creates its own
 * StAEDI writer, so one instance can serve concurrent calls.
 */
public final class Claim837Writer {

    private static final Logger LOG = LoggerFactory.getLogger(Claim837Writer.class);

    private final Envelope envelope;
    private final HeaderLoops headerLoops;
    private final Schema controlSchema;

    /**
     * Creates a writer for the given envelope and billing provider settings.
     *
     * @throws IllegalArgumentException when a setting is missing or does not fit its X12 element
     */
    public Claim837Writer(ClaimBridgeProperties.X12 x12, ClaimBridgeProperties.BillingProvider billingProvider) {
        WriterSettings.check(x12, billingProvider);
        this.envelope = new Envelope(x12);
        this.headerLoops = new HeaderLoops(x12, billingProvider);
        this.controlSchema = X12Output.controlSchema();
    }

    /**
     * Writes the claims as one interchange. Text elements are cleaned to printable ASCII without the
     * delimiters {@code * : ^ ~}, and the result counts the elements that cleaning changed.
     *
     * @throws IllegalArgumentException when the list is empty, or a claim lacks a value 005010X222A1
     *     requires or exceeds one of its limits, such as 12 diagnosis codes
     */
    public X12Interchange write(List<Claim> claims, InterchangeControl control) {
        if (claims == null || claims.isEmpty()) {
            throw new IllegalArgumentException("No claims to write: an 837P transaction needs at least one claim");
        }
        Objects.requireNonNull(control, "control is required: allocate ISA13, GS06 and ST02 first");

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        X12Text text = new X12Text();
        List<String> patientControlNumbers;
        try {
            EDIStreamWriter edi = X12Output.newFactory().createEDIStreamWriter(output, StandardCharsets.US_ASCII.name());
            edi.setControlSchema(controlSchema);
            edi.startInterchange();
            patientControlNumbers = writeInterchange(new SegmentWriter(edi, text), claims, control);
            edi.endInterchange();
            edi.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI failed to write interchange ISA13="
                    + control.interchangeControlNumber() + ": " + e.getMessage(), e);
        }

        LOG.debug("Wrote 837P interchange ISA13={} with {} claims, {} transliterated elements",
                control.interchangeControlNumber(), claims.size(), text.changedElements());
        return new X12Interchange(output.toString(StandardCharsets.US_ASCII), text.changedElements(),
                patientControlNumbers);
    }

    /** Writes ISA to IEA and returns CLM01 of each claim as written. */
    private List<String> writeInterchange(SegmentWriter out, List<Claim> claims, InterchangeControl control) {
        envelope.writeHeaders(out, control);
        headerLoops.write(out);
        List<String> patientControlNumbers = new ArrayList<>(claims.size());
        int lastHl = HeaderLoops.BILLING_PROVIDER_HL;
        for (Claim claim : claims) {
            lastHl = SubscriberLoops.write(out, claim, lastHl + 1);
            patientControlNumbers.add(ClaimLoops.write(out, claim));
        }
        envelope.writeTrailers(out, control);
        return patientControlNumbers;
    }


}
