package org.claimbridge.cli;

/** A clean synthetic DFT^P03 (v2.5.1, about 700 bytes) for load runs. All data is made up. */
final class SyntheticDftP03 {

    private SyntheticDftP03() {
    }

    /** Returns the message with {@code id} as MSH-10 and, prefixed with V, as the PV1-19 visit number. */
    static String message(String id) {
        return "MSH|^~\\&|LOADEHR|LOADCLINIC|CLAIMBRIDGE|CLAIMBRIDGE|20250110080000||DFT^P03^DFT_P03|" + id
                + "|P|2.5.1\r"
                + "EVN|P03|20250110080000\r"
                + "PID|1||MRN" + id + "^^^LOAD^MR||LOADTEST^SAMPLE^Q||19900101|F|||100 MAIN ST^^SPRINGFIELD^IL^62701\r"
                + "PV1|1|O|||||1234567893^DOCTOR^DANA^^^^^^^^^^NPI||||||||||||V" + id + "\r"
                + "FT1|1|||20250110||CG|99213^OFFICE VISIT EST LOW^C4|||1|125.00||||||||J06.9^URI^I10\r"
                + "DG1|1||J06.9^ACUTE UPPER RESPIRATORY INFECTION^I10|||F\r"
                + "IN1|1|PLAN01|SBX01|SANDBOX HEALTH PLAN||||GRP100|||||||||SEL|||||||||||||||||||MEMB" + id + "\r";
    }
}
