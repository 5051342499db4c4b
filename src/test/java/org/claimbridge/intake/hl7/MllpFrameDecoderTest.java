package org.claimbridge.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;

import org.junit.jupiter.api.Test;

class MllpFrameDecoderTest {

    private static byte[] framed(String... contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String content : contents) {
            out.write(0x0B);
            out.writeBytes(content.getBytes(StandardCharsets.US_ASCII));
            out.write(0x1C);
            out.write(0x0D);
        }
        return out.toByteArray();
    }

    private static String text(Object frame) {
        return new String((byte[]) frame, StandardCharsets.US_ASCII);
    }

    @Test
    void twoFramesInOneReadAreBothDelivered() {
        EmbeddedChannel channel = new EmbeddedChannel(new MllpFrameDecoder(1000));

        channel.writeInbound(Unpooled.wrappedBuffer(framed("MSH|A", "MSH|B")));

        assertThat(text(channel.readInbound())).isEqualTo("MSH|A");
        assertThat(text(channel.readInbound())).isEqualTo("MSH|B");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void frameSplitOverReadsIsDeliveredOnce() {
        EmbeddedChannel channel = new EmbeddedChannel(new MllpFrameDecoder(1000));
        byte[] bytes = framed("MSH|SPLIT");

        channel.writeInbound(Unpooled.wrappedBuffer(bytes, 0, 5));
        Object early = channel.readInbound();
        channel.writeInbound(Unpooled.wrappedBuffer(bytes, 5, bytes.length - 5));

        assertThat(early).isNull();
        assertThat(text(channel.readInbound())).isEqualTo("MSH|SPLIT");
    }

    @Test
    void endBlockWithoutCarriageReturnStaysContent() {
        EmbeddedChannel channel = new EmbeddedChannel(new MllpFrameDecoder(1000));

        channel.writeInbound(Unpooled.wrappedBuffer(framed("MSH|\u001cX")));

        assertThat(text(channel.readInbound())).isEqualTo("MSH|\u001cX");
    }

    @Test
    void bytesOutsideFramesAreDropped() {
        EmbeddedChannel channel = new EmbeddedChannel(new MllpFrameDecoder(1000));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("noise\r\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(framed("MSH|C"));

        channel.writeInbound(Unpooled.wrappedBuffer(bytes.toByteArray()));

        assertThat(text(channel.readInbound())).isEqualTo("MSH|C");
    }

    @Test
    void frameOverMaximumIsRejected() {
        EmbeddedChannel channel = new EmbeddedChannel(new MllpFrameDecoder(10));
        byte[] start = {0x0B, 'M', 'S', 'H', '|', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'};

        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(start)))
                .isInstanceOfAny(TooLongFrameException.class, DecoderException.class)
                .hasMessageContaining("claimbridge.mllp.max-frame-bytes");
    }
}
