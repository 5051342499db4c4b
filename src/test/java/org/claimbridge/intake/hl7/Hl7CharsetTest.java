package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Hl7CharsetTest {

    private static final String HEADER = "MSH|^~\\&|APP|FAC|CB|CB|20250110080000||DFT^P03|C1|P|2.5.1||||||";

    private static byte[] message(String msh18, byte[] pidName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEADER + msh18 + "\rPID|1||M1||").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(pidName);
        out.writeBytes("^ANA\r".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void msh18IsReadFromRawBytes() {
        byte[] frame = message("UNICODE UTF-8", "ZOE".getBytes(StandardCharsets.US_ASCII));

        assertThat(Hl7Charset.msh18(frame)).isEqualTo("UNICODE UTF-8");
    }

    @Test
    void declaredLatin1IsUsed() {
        byte[] frame = message("8859/1", "N\u00daÑEZ".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Hl7Charset.of(frame, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(Hl7Charset.problem(frame)).isNull();
    }

    @Test
    void emptyMsh18FallsBackToLatin1ForInvalidUtf8() {
        byte[] frame = message("", "SAND\u00c9Z".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Hl7Charset.of(frame, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(Hl7Charset.problem(frame)).isNull();
    }

    @Test
    void emptyMsh18KeepsUtf8WhenValid() {
        byte[] frame = message("", "SAND\u00c9Z".getBytes(StandardCharsets.UTF_8));

        assertThat(Hl7Charset.of(frame, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void declaredUtf8WithLatin1BytesIsProblem() {
        byte[] frame = message("UNICODE UTF-8", "SAND\u00c9Z".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Hl7Charset.problem(frame)).startsWith("MSH-18 (character set) declares 'UNICODE UTF-8'");
    }

    @Test
    void unknownMsh18IsProblem() {
        byte[] frame = message("EBCDIC", "ZOE".getBytes(StandardCharsets.US_ASCII));

        assertThat(Hl7Charset.problem(frame)).contains("'EBCDIC' is not a supported HL7 table 0211 value");
    }
}
