package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.MessageVisitorSupport;
import ca.uhn.hl7v2.model.MessageVisitors;
import ca.uhn.hl7v2.model.Segment;

/**
 * The segments a claim, registration or appointment is read from, collected from the parsed message in order wherever HAPI placed them.
 * Walking segments instead of the version's typed groups makes the mapping the same for every version,
 * including 2.7.1, which HAPI 2.6.0 parses as a generic message because it ships no 2.7.1 structures.
 */
final class SegmentIndex {

    private Segment pid;
    private Segment pv1;
    private final List<Segment> ft1s = new ArrayList<>();
    private final List<Segment> dg1s = new ArrayList<>();
    private final List<Segment> in1s = new ArrayList<>();
    private final List<Segment> gt1s = new ArrayList<>();
    private Segment sch;
    private Segment tq1;
    /** The first AIS, AIG, AIL or AIP: the appointment's service, general, location or personnel resource. */
    private final List<Segment> resources = new ArrayList<>();

    private SegmentIndex() {
    }

    static SegmentIndex of(Message message) {
        SegmentIndex index = new SegmentIndex();
        try {
            MessageVisitors.visit(message, MessageVisitors.visitPopulatedElements(new MessageVisitorSupport() {
                @Override
                public boolean start(Segment segment, Location location) {
                    index.add(segment);
                    return false;
                }
            }));
        } catch (HL7Exception e) {
            throw new IllegalStateException("Walking the segments of a parsed message failed", e);
        }
        return index;
    }

    private void add(Segment segment) {
        switch (segment.getName()) {
            case "PID" -> pid = pid == null ? segment : pid;
            case "PV1" -> pv1 = pv1 == null ? segment : pv1;
            case "FT1" -> ft1s.add(segment);
            case "DG1" -> dg1s.add(segment);
            case "IN1" -> in1s.add(segment);
            case "GT1" -> gt1s.add(segment);
            case "SCH" -> sch = sch == null ? segment : sch;
            case "TQ1" -> tq1 = tq1 == null ? segment : tq1;
            case "AIS", "AIG", "AIL", "AIP" -> resources.add(segment);
            default -> {
                // Other segments carry nothing the intake reads.
            }
        }
    }

    /** Returns the first PID, or null. */
    Segment pid() {
        return pid;
    }

    /** Returns the first PV1, or null. */
    Segment pv1() {
        return pv1;
    }

    List<Segment> ft1s() {
        return ft1s;
    }

    List<Segment> dg1s() {
        return dg1s;
    }

    /** Returns the IN1 segments; the first is the primary insurance. */
    List<Segment> in1s() {
        return in1s;
    }

    /** Returns the GT1 segments; no 837P field is read from the guarantor. */
    List<Segment> gt1s() {
        return gt1s;
    }

    /** Returns the first SCH (schedule activity information), or null. */
    Segment sch() {
        return sch;
    }

    /** Returns the first TQ1 (timing and quantity), or null. */
    Segment tq1() {
        return tq1;
    }

    /** Returns the AIS, AIG, AIL and AIP segments in message order. */
    List<Segment> resources() {
        return resources;
    }
}
