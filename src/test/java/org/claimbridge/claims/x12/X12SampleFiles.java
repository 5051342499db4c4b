package org.claimbridge.claims.x12;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbridge.claims.model.Claim;

/**
 * Writes one 837P file per synthetic sample claim to target/x12-samples, so that a person can check them
 * with an independent validator such as pyx12. Run it with
 * {@code mvn -Dtest=X12SampleFilesTest test}.
 */
final class X12SampleFiles {

    static final Path DIRECTORY = Path.of("target", "x12-samples");

    private X12SampleFiles() {
    }

    static Map<String, List<Claim>> samples() {
        Map<String, List<Claim>> samples = new LinkedHashMap<>();
        samples.put("subscriber-is-patient", List.of(SampleClaims.selfClaim()));
        samples.put("dependent-child", List.of(SampleClaims.dependentClaim()));
        samples.put("multiple-lines-modifiers", List.of(SampleClaims.multiLineClaim()));
        samples.put("twelve-diagnoses", List.of(SampleClaims.twelveDiagnosesClaim()));
        samples.put("accented-names", List.of(SampleClaims.accentedNamesClaim()));
        samples.put("batch-of-five", List.of(SampleClaims.selfClaim(), SampleClaims.dependentClaim(),
                SampleClaims.multiLineClaim(), SampleClaims.twelveDiagnosesClaim(), SampleClaims.accentedNamesClaim()));
        return samples;
    }

    /** Writes every sample and returns the files written. */
    static List<Path> writeAll() throws IOException {
        Files.createDirectories(DIRECTORY);
        Claim837Writer writer = SampleClaims.writer();
        long controlNumber = 1;
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> sample : samples().entrySet()) {
            X12Interchange interchange = writer.write(sample.getValue(), SampleClaims.control(controlNumber++));
            Path file = DIRECTORY.resolve(sample.getKey() + ".837");
            Files.writeString(file, interchange.text(), StandardCharsets.US_ASCII);
            files.add(file);
        }
        return files;
    }
}
