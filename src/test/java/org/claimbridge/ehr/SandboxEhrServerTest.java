package org.claimbridge.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxEhrServerTest {

    @TempDir
    Path root;

    private SandboxEhrServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void messageIsStoredAndAcknowledged() throws Exception {
        server = new SandboxEhrServer(root.resolve("ehr"), Clock.systemUTC());
        server.start(0);
        String message = "MSH|^~\\&|CB|CLINIC|EHR|H|20261201||ADT^A04|ADT-9|P|2.5.1\rPID|1\rZEL|1|ACTIVE|N\r";

        String ack = exchange(server.port(), message);

        assertThat(ack).contains("\rMSA|AA|ADT-9\r");
        assertThat(ack).startsWith("MSH|^~\\&|SBXEHR|SBXEHR|CB|CLINIC|");
        List<Path> files = stored();
        assertThat(files).singleElement().satisfies(file -> assertThat(file.getFileName().toString())
                .endsWith("-ADT-9.hl7"));
        assertThat(Files.readString(files.get(0), StandardCharsets.ISO_8859_1)).isEqualTo(message);
    }

    @Test
    void twoFramesOnOneConnectionAreBothStored() throws Exception {
        server = new SandboxEhrServer(root, Clock.systemUTC());
        server.start(0);

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            for (String id : List.of("A1", "A2")) {
                socket.getOutputStream().write(frame("MSH|^~\\&|CB|C|E|H|1||ADT^A04|" + id + "|P|2.5.1\r"));
                assertThat(readFrame(socket.getInputStream())).contains("MSA|AA|" + id);
            }
        }

        assertThat(stored()).hasSize(2);
    }

    @Test
    void serverBindsLoopbackOnly() throws Exception {
        server = new SandboxEhrServer(root, Clock.systemUTC());
        server.start(0);

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            assertThat(socket.getInetAddress().isLoopbackAddress()).isTrue();
        }
    }

    @Test
    void restartOnSamePortWorks() throws Exception {
        server = new SandboxEhrServer(root, Clock.systemUTC());
        server.start(0);
        int port = server.port();
        exchange(port, "MSH|^~\\&|CB|C|E|H|1||ADT^A04|R1|P|2.5.1\r");

        server.stop();
        server.start(port);

        assertThat(exchange(port, "MSH|^~\\&|CB|C|E|H|1||ADT^A04|R2|P|2.5.1\r")).contains("MSA|AA|R2");
    }

    private List<Path> stored() throws IOException {
        try (Stream<Path> files = Files.list(server.rootDirectory())) {
            return files.toList();
        }
    }

    private static String exchange(int port, String message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(frame(message));
            return readFrame(socket.getInputStream());
        }
    }

    private static byte[] frame(String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x0b);
        out.writeBytes(message.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0x1c);
        out.write(0x0d);
        return out.toByteArray();
    }

    private static String readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b = in.read();
        while (b != 0x0b) {
            b = in.read();
        }
        for (b = in.read(); b != 0x1c; b = in.read()) {
            frame.write(b);
        }
        in.read();
        return frame.toString(StandardCharsets.ISO_8859_1);
    }
}
