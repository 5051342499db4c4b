package org.claimbridge.spine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw MLLP client for tests that need control over framing: several frames in one TCP write, or
 * bytes that HAPI's client would refuse to send.
 */
final class MllpTestClient implements AutoCloseable {

    private static final int START_BLOCK = 0x0b;
    private static final int END_BLOCK = 0x1c;
    private static final int CARRIAGE_RETURN = 0x0d;

    private final Socket socket;

    MllpTestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        socket.setTcpNoDelay(true);
    }

    /** Writes every message framed, all in a single write call, so they arrive in one TCP segment. */
    void sendInOneWrite(List<String> messages) throws IOException {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (String message : messages) {
            frames.write(START_BLOCK);
            frames.write(message.getBytes(StandardCharsets.UTF_8));
            frames.write(END_BLOCK);
            frames.write(CARRIAGE_RETURN);
        }
        socket.getOutputStream().write(frames.toByteArray());
        socket.getOutputStream().flush();
    }

    /** Writes one frame with {@code message} exactly as given, whatever its charset and line ends. */
    void sendBytes(byte[] message) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(START_BLOCK);
        frame.write(message);
        frame.write(END_BLOCK);
        frame.write(CARRIAGE_RETURN);
        socket.getOutputStream().write(frame.toByteArray());
        socket.getOutputStream().flush();
    }

    /** Reads {@code count} acknowledgement frames. */
    List<String> readAcknowledgements(int count) throws IOException {
        InputStream in = socket.getInputStream();
        List<String> acknowledgements = new ArrayList<>();
        while (acknowledgements.size() < count) {
            acknowledgements.add(readFrame(in));
        }
        return acknowledgements;
    }

    private static String readFrame(InputStream in) throws IOException {
        int b = in.read();
        while (b != START_BLOCK) {
            if (b < 0) {
                throw new IOException("Connection closed before an acknowledgement started");
            }
            b = in.read();
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (b = in.read(); b != END_BLOCK; b = in.read()) {
            if (b < 0) {
                throw new IOException("Connection closed inside an acknowledgement frame");
            }
            frame.write(b);
        }
        in.read();
        return frame.toString(StandardCharsets.UTF_8);
    }

    /** Returns MSA-{@code field} of an acknowledgement. */
    static String msa(String acknowledgement, int field) {
        for (String segment : acknowledgement.split("\r")) {
            if (segment.startsWith("MSA|")) {
                String[] fields = segment.split("\\|", -1);
                return field < fields.length ? fields[field] : "";
            }
        }
        throw new AssertionError("Acknowledgement has no MSA segment: " + acknowledgement);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
