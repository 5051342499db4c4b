package org.claimbridge.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class X12SampleFilesTest {

    @Test
    void writesOneParsableFilePerSample() throws Exception {
        List<Path> files = X12SampleFiles.writeAll();

        assertThat(files).hasSize(X12SampleFiles.samples().size());
        for (Path file : files) {
            ParsedInterchange parsed = ParsedInterchange.parse(Files.readString(file));
            assertThat(parsed.errors()).as(file.toString()).isEmpty();
        }
    }
}
