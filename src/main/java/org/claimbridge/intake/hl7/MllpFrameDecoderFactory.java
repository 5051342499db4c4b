package org.claimbridge.intake.hl7;

import io.netty.channel.ChannelHandler;

import org.apache.camel.component.netty.DefaultChannelHandlerFactory;

/** Gives each MLLP connection its own {@link MllpFrameDecoder}, which keeps per-connection state. */
final class MllpFrameDecoderFactory extends DefaultChannelHandlerFactory {

    private final int maxFrameBytes;

    MllpFrameDecoderFactory(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public ChannelHandler newChannelHandler() {
        return new MllpFrameDecoder(maxFrameBytes);
    }
}
