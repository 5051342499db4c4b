package org.claimbridge.eligibility;

import java.time.OffsetDateTime;

import org.claimbridge.eligibility.EligibilityEnvelope.TransactionType;

/**
 * Writes the sandbox's 271 for a 270. The payer and provider are echoed from the 270. Then come either the
 * patient's coverage from the roster (EB*1 with plan dates, a copay and a deductible, or EB*6) or an AAA segment
 * in loop 2100C or 2100D.
 */
final class Sandbox271Writer {

    /** EB05 plan coverage description of every sandbox plan. */
    static final String PLAN_NAME = "SANDBOX HEALTH PLAN";
    /** Copay per office visit (EB06 27) of every active sandbox member, in dollars. */
    static final String COPAY = "25";
    /** Calendar-year (EB06 23) deductible of every active sandbox member, in dollars. */
    static final String DEDUCTIBLE = "1500";
    /** AAA04 C: please correct and resubmit. */
    private static final String CORRECT_AND_RESUBMIT = "C";

    private Sandbox271Writer() {
    }

    static String write(Inquiry270 inquiry, SandboxDecision decision, long interchangeControlNumber,
            OffsetDateTime createdAt) {
        InterchangeHeader header = new InterchangeHeader(interchangeControlNumber,
                Eligibility270Writer.TRANSACTION_SET_CONTROL_NUMBER, inquiry.reference(), createdAt);
        EdiSegmentWriter out = new EdiSegmentWriter();
        EligibilityEnvelope.writeHeaders(out, inquiry.parties().reversed(), header, TransactionType.RESPONSE);
        out.segment("HL", "1", null, "20", "1");
        name(out, "PR", inquiry.payer());
        out.segment("HL", "2", "1", "21", "1");
        name(out, "1P", inquiry.provider());

        boolean dependentLoop = inquiry.dependent() != null && decision.subscriberReason() == null;
        out.segment("HL", "3", "2", "22", dependentLoop ? "1" : "0");
        if (!dependentLoop) {
            trace(out, inquiry);
        }
        writeSubscriber(out, inquiry, decision, dependentLoop);
        if (dependentLoop) {
            out.segment("HL", "4", "3", "23", "0");
            trace(out, inquiry);
            writeDependent(out, inquiry.dependent(), decision);
        }
        EligibilityEnvelope.writeTrailers(out, header);
        return out.finish();
    }

    private static void writeSubscriber(EdiSegmentWriter out, Inquiry270 inquiry, SandboxDecision decision,
            boolean dependentLoop) {
        RosterMember member = decision.subscriber();
        String memberId = inquiry.subscriber().name().id();
        if (member == null) {
            Inquiry270.Name requested = inquiry.subscriber().name();
            out.segment("NM1", "IL", "1", requested.lastOrOrganization(), requested.first(), null, null, null,
                    "MI", memberId);
            out.segment("AAA", "Y", null, decision.subscriberReason(), CORRECT_AND_RESUBMIT);
            return;
        }
        out.segment("NM1", "IL", "1", member.lastName(), member.firstName(), null, null, null, "MI", memberId);
        out.segment("DMG", "D8", EligibilityEnvelope.DATE.format(member.birthDate()));
        if (!dependentLoop) {
            writeCoverage(out, member);
        }
    }

    private static void writeDependent(EdiSegmentWriter out, Inquiry270.Person requested, SandboxDecision decision) {
        RosterMember member = decision.dependent();
        if (member == null) {
            out.segment("NM1", "03", "1", requested.name().lastOrOrganization(), requested.name().first());
            out.segment("AAA", "Y", null, decision.dependentReason(), CORRECT_AND_RESUBMIT);
            return;
        }
        out.segment("NM1", "03", "1", member.lastName(), member.firstName());
        out.segment("DMG", "D8", EligibilityEnvelope.DATE.format(member.birthDate()));
        if (requested.relationshipCode() != null) {
            out.segment("INS", "N", requested.relationshipCode());
        }
        writeCoverage(out, member);
    }

    /** Writes the plan dates and loop 2110C or 2110D. */
    private static void writeCoverage(EdiSegmentWriter out, RosterMember member) {
        out.segment("DTP", "346", "D8", EligibilityEnvelope.DATE.format(member.planStart()));
        if (member.planEnd() != null) {
            out.segment("DTP", "347", "D8", EligibilityEnvelope.DATE.format(member.planEnd()));
        }
        if (!member.active()) {
            out.segment("EB", "6", "IND", EligibilityRequest.HEALTH_BENEFIT_PLAN_COVERAGE, null, PLAN_NAME);
            return;
        }
        out.segment("EB", "1", "IND", EligibilityRequest.HEALTH_BENEFIT_PLAN_COVERAGE, null, PLAN_NAME);
        // EB06 27 is per visit and 23 per calendar year; EB12 Y marks in-network amounts.
        out.segment("EB", "B", "IND", EligibilityRequest.HEALTH_BENEFIT_PLAN_COVERAGE, null, null, "27", COPAY,
                null, null, null, null, "Y");
        out.segment("EB", "C", "IND", EligibilityRequest.HEALTH_BENEFIT_PLAN_COVERAGE, null, null, "23", DEDUCTIBLE,
                null, null, null, null, "Y");
    }

    private static void name(EdiSegmentWriter out, String entityCode, Inquiry270.Name name) {
        out.segment("NM1", entityCode, name.entityType(), name.lastOrOrganization(), name.first(), null, null, null,
                name.idQualifier(), name.id());
    }

    private static void trace(EdiSegmentWriter out, Inquiry270 inquiry) {
        out.segment("TRN", "2", inquiry.traceNumber(), inquiry.traceOriginator());
    }
}
