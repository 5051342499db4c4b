package org.claimbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;

/**
 * The {@code send} subcommand: sends each HL7 v2 message of a file over MLLP and prints the MSA
 * segment of each acknowledgement. Batch envelopes (FHS, BHS, BTS, FTS) are skipped, so a batch file
 * is sent as its individual messages. Uses HAPI's MLLP reader and writer and sends the bytes as they
 * are in the file (UTF-8 or ISO-8859-1 files both pass through unchanged).
 */
public final class Hl7SendCommand {

    private static final String USAGE = """
            Usage: java -jar claimbridge.jar send [--host HOST] [--port PORT] FILE...
              --host  address of the MLLP listener (default 127.0.0.1)
              --port  TCP port of the MLLP listener (default 2575)
            Each message in FILE is sent in its own MLLP frame; the MSA segment of each acknowledgement
            is printed, followed by its ERR segments. Exit status 0 when every acknowledgement is AA, 1
            when any is AE or AR or a file holds no message, 2 on a usage, file or connection error.""";

    private static final int ACK_TIMEOUT_MILLIS = 30_000;

    private Hl7SendCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String host = "127.0.0.1";
        int port = 2575;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (args[i].equals("--host") || args[i].equals("--port")) {
                if (i + 1 >= args.length) {
                    err.println("Option " + args[i] + " needs a value.\n" + USAGE);
                    return 2;
                }
                String value = args[++i];
                if (args[i - 1].equals("--host")) {
                    host = value;
                    continue;
                }
                if (!value.matches("\\d{1,5}")) {
                    err.println("--port must be a TCP port number, not '" + value + "'.\n" + USAGE);
                    return 2;
                }
                port = Integer.parseInt(value);
                continue;
            }
            files.add(Path.of(args[i]));
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                err.println("File " + file + " is missing or not readable.");
                return 2;
            }
        }

        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), ACK_TIMEOUT_MILLIS);
            socket.setSoTimeout(ACK_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            return sendAll(socket, files, out);
        } catch (IOException | LLPException e) {
            err.println("Sending to " + host + ":" + port + " failed: " + e.getMessage()
                    + ". Check that the gateway is running and --host/--port match claimbridge.mllp.*.");
            return 2;
        }
    }

    private static int sendAll(Socket socket, List<Path> files, PrintStream out) throws IOException, LLPException {
        MinLLPWriter writer = new MinLLPWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
        MinLLPReader reader = new MinLLPReader(socket.getInputStream(), StandardCharsets.ISO_8859_1);
        int status = 0;
        for (Path file : files) {
            List<String> messages = Hl7FileSplitter.split(Files.readString(file, StandardCharsets.ISO_8859_1));
            if (messages.isEmpty()) {
                out.println(file.getFileName() + ": no HL7 v2 message found (no MSH segment); nothing sent");
                status = Math.max(status, 1);
            }
            for (String message : messages) {
                writer.writeMessage(message);
                String acknowledgement = reader.getMessage();
                List<String> lines = acknowledgementLines(acknowledgement);
                out.println(file.getFileName() + ": " + lines.get(0));
                lines.subList(1, lines.size()).forEach(line -> out.println("    " + line));
                if (!lines.get(0).startsWith("MSA|AA") && !lines.get(0).startsWith("MSA|CA")) {
                    status = 1;
                }
            }
        }
        return status;
    }

    /** Returns the MSA segment followed by the ERR segments, which name the fields and rules of an AE or AR. */
    private static List<String> acknowledgementLines(String acknowledgement) {
        if (acknowledgement == null) {
            return List.of("(connection closed without an acknowledgement)");
        }
        List<String> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String segment : acknowledgement.split("[\r\n]+")) {
            if (segment.startsWith("MSA")) {
                lines.add(segment);
            } else if (segment.startsWith("ERR")) {
                errors.add(segment);
            }
        }
        if (lines.isEmpty()) {
            lines.add("(acknowledgement without MSA segment)");
        }
        lines.addAll(errors);
        return lines;
    }
}
