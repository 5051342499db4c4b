package org.claimbridge.intake.hl7;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Splits a TCP stream into MLLP frames (start block 0x0B, content, end block 0x1C 0x0D) and emits each
 * frame's content as a byte array. Bytes stay buffered between reads, so a frame split over several
 * reads and several frames in one read are all delivered. Bytes outside a frame are dropped, as MLLP
 * defines. A frame longer than the maximum closes the connection with a TooLongFrameException, because
 * a sender that never ends a frame would otherwise grow the buffer without limit.
 */
final class MllpFrameDecoder extends ByteToMessageDecoder {

    static final byte START_BLOCK = 0x0B;
    static final byte END_BLOCK = 0x1C;
    static final byte CARRIAGE_RETURN = 0x0D;

    private final int maxFrameBytes;

    MllpFrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) throws TooLongFrameException {
        while (in.isReadable()) {
            int start = in.indexOf(in.readerIndex(), in.writerIndex(), START_BLOCK);
            if (start < 0) {
                in.skipBytes(in.readableBytes());
                return;
            }
            in.readerIndex(start);
            int end = frameEnd(in, start + 1);
            if (end < 0) {
                checkLength(in, in.writerIndex() - start - 1);
                return;
            }
            checkLength(in, end - start - 1);
            byte[] frame = new byte[end - start - 1];
            in.getBytes(start + 1, frame);
            in.readerIndex(end + 2);
            out.add(frame);
        }
    }

    /** Returns the index of the 0x1C that is followed by 0x0D, or -1 when the frame is not complete yet. */
    private static int frameEnd(ByteBuf in, int from) {
        int candidate = in.indexOf(from, in.writerIndex(), END_BLOCK);
        while (candidate >= 0 && candidate + 1 < in.writerIndex()) {
            if (in.getByte(candidate + 1) == CARRIAGE_RETURN) {
                return candidate;
            }
            candidate = in.indexOf(candidate + 1, in.writerIndex(), END_BLOCK);
        }
        return -1;
    }

    private void checkLength(ByteBuf in, int contentBytes) throws TooLongFrameException {
        if (contentBytes > maxFrameBytes) {
            in.skipBytes(in.readableBytes());
            throw new TooLongFrameException("MLLP frame of more than " + maxFrameBytes
                    + " bytes; raise claimbridge.mllp.max-frame-bytes if such messages are expected");
        }
    }
}
