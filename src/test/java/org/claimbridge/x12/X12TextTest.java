package org.claimbridge.x12;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class X12TextTest {

    private final X12Text text = new X12Text();

    @Test
    void accentsBecomeAscii() {
        assertThat(text.clean("Zoë Núñez")).isEqualTo("Zoe Nunez");
    }

    @Test
    void delimitersBecomeSpaces() {
        assertThat(text.clean("O*Brien~A:B^C")).isEqualTo("O Brien A B C");
    }

    @Test
    void lettersWithoutDecompositionMapped() {
        assertThat(text.clean("Straße Øster Łódź")).isEqualTo("Strasse Oster Lodz");
    }

    @Test
    void otherNonAsciiDropped() {
        assertThat(text.clean("Li 李 Wei")).isEqualTo("Li Wei");
    }

    @Test
    void whitespaceTrimmedAndCollapsed() {
        assertThat(text.clean("  12\tELM   ST \n")).isEqualTo("12 ELM ST");
    }

    @Test
    void countsOnlyChangedElements() {
        text.clean("DOE");
        text.clean(null);
        text.clean("Zoë");
        text.clean("A*B");

        assertThat(text.changedElements()).isEqualTo(2);
    }

    @Test
    void nullStaysNull() {
        assertThat(text.clean(null)).isNull();
    }
}
