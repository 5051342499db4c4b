package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CoreMultipartTest {

    @Test
    void encodedFieldsDecodeUnchanged() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PayloadType", "X12_270_Request_005010X279A1");
        fields.put("Payload", "ISA*00*~\nGS*HS~\n");
        String boundary = CoreMultipart.newBoundary();

        Map<String, String> decoded = CoreMultipart.decode(CoreMultipart.contentType(boundary),
                CoreMultipart.encode(boundary, fields));

        assertThat(decoded).containsExactlyEntriesOf(fields);
    }

    @Test
    void encodingFollowsFormDataLayout() {
        byte[] body = CoreMultipart.encode("b1", Map.of("PayloadID", "f81d4fae"));

        assertThat(new String(body, StandardCharsets.ISO_8859_1)).isEqualTo(
                "--b1\r\nContent-Disposition: form-data; name=\"PayloadID\"\r\n\r\nf81d4fae\r\n--b1--\r\n");
    }

    @Test
    void decodeAcceptsQuotedBoundaryAndLfLines() {
        String body = "preamble\n--abc\nContent-Disposition: form-data; filename=\"x.txt\"; name=\"Payload\"\n"
                + "Content-Type: text/plain\n\nISA*00~\n--abc--\n";

        Map<String, String> decoded = CoreMultipart.decode("multipart/form-data; boundary=\"abc\"",
                body.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(decoded).containsExactly(Map.entry("Payload", "ISA*00~"));
    }

    @Test
    void decodeRejectsOtherMediaType() {
        assertThatThrownBy(() -> CoreMultipart.decode("application/json", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Content-Type is 'application/json' but a CORE envelope must be multipart/form-data");
    }

    @Test
    void decodeRejectsMissingBoundary() {
        assertThatThrownBy(() -> CoreMultipart.decode("multipart/form-data", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Content-Type has no boundary parameter");
    }

    @Test
    void decodeRejectsBodyWithoutBoundary() {
        assertThatThrownBy(() -> CoreMultipart.decode("multipart/form-data; boundary=zz",
                "no parts".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The body has no part delimited by the Content-Type boundary");
    }
}
