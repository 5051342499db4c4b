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
            is printed. Exit status 0 when every acknowledgement is AA, 1 when any is AE or AR, 2 on a
            usage or connection error.""";

    private static final int ACK_TIMEOUT_MILLIS = 30_000;

    private Hl7SendCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String host = "127.0.0.1";
        int port = 2575;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
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
            for (String message : Hl7FileSplitter.split(Files.readString(file, StandardCharsets.ISO_8859_1))) {
                writer.writeMessage(message);
                String acknowledgement = reader.getMessage();
                String msa = msaSegment(acknowledgement);
                out.println(file.getFileName() + ": " + msa);
                if (!msa.startsWith("MSA|AA") && !msa.startsWith("MSA|CA")) {
                    status = 1;
                }
            }
        }
        return status;
    }

    private static String msaSegment(String acknowledgement) {
        if (acknowledgement == null) {
            return "(connection closed without an acknowledgement)";
        }
        for (String segment : acknowledgement.split("[\r\n]+")) {
            if (segment.startsWith("MSA")) {
                return segment;
            }
        }
        return "(acknowledgement without MSA segment)";
    }
}
