package org.claimbridge.clearinghouse.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.Session;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxSftpServerTest {

    private static final Path HOST_PUBLIC_KEY = Path.of("certs-sample/sandbox-sftp-host-key.pub");
    private static final Path CLIENT_PUBLIC_KEY = Path.of("certs-sample/gateway-sftp-client-key.pub");
    private static final Path CLIENT_PRIVATE_KEY = Path.of("certs-sample/gateway-sftp-client-key.pem");
    private static final String FILE_NAME = "CLAIMBRIDGE-000000001.x12.pgp";
    private static final String BODY = "synthetic claim file 000000001";

    @TempDir
    Path dir;

    private Path root;
    private SandboxSftpServer server;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startServerAndCamel() {
        root = dir.resolve("clearinghouse");
        server = new SandboxSftpServer(SandboxSettings.properties(root, 0));
        server.start();
        camel = new DefaultCamelContext();
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stopServerAndCamel() {
        camel.stop();
        server.stop();
    }

    @Test
    void startCreatesInboundFolder() {
        assertThat(root.resolve("inbound")).isDirectory();
    }

    @Test
    void startBindsFreePort() {
        assertThat(server.port()).isPositive();
        assertThat(server.isRunning()).isTrue();
    }

    @Test
    void uploadLandsInInbound() throws IOException {
        Path knownHosts = writeKnownHosts(HOST_PUBLIC_KEY);

        upload(CLIENT_PRIVATE_KEY, knownHosts);

        assertThat(root.resolve("inbound").resolve(FILE_NAME)).hasContent(BODY);
    }

    @Test
    void uploadRenamesTemporaryFile() throws IOException {
        Path knownHosts = writeKnownHosts(HOST_PUBLIC_KEY);
        Files.writeString(root.resolve("inbound").resolve(FILE_NAME + ".part"), "left by an interrupted upload");

        upload(CLIENT_PRIVATE_KEY, knownHosts);

        assertThat(inboundFileNames()).containsExactly(FILE_NAME);
    }

    @Test
    void unknownClientKeyIsRejected() throws Exception {
        Path knownHosts = writeKnownHosts(HOST_PUBLIC_KEY);
        Path unknownKey = dir.resolve("unknown-client-key.pem");
        KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256).writePrivateKey(unknownKey.toString());

        assertThatThrownBy(() -> upload(unknownKey, knownHosts))
                .rootCause()
                .isInstanceOf(JSchException.class)
                .hasMessageContaining("Auth fail");
        assertThat(inboundFileNames()).isEmpty();
    }

    @Test
    void passwordLoginIsRejected() throws IOException {
        Path knownHosts = writeKnownHosts(HOST_PUBLIC_KEY);

        assertThatThrownBy(() -> producer.sendBodyAndHeader(
                        endpoint(knownHosts) + "&password=claimbridge", BODY, Exchange.FILE_NAME, FILE_NAME))
                .rootCause()
                .isInstanceOf(JSchException.class)
                .hasMessageContaining("Auth fail");
        assertThat(inboundFileNames()).isEmpty();
    }

    @Test
    void changedHostKeyFailsUpload() throws IOException {
        Path knownHosts = writeKnownHosts(CLIENT_PUBLIC_KEY);

        assertThatThrownBy(() -> upload(CLIENT_PRIVATE_KEY, knownHosts))
                .rootCause()
                .isInstanceOf(JSchException.class)
                .hasMessageContaining("HostKey has been changed");
        assertThat(inboundFileNames()).isEmpty();
    }

    @Test
    void unknownHostFailsUpload() throws IOException {
        Path knownHosts = Files.writeString(dir.resolve("empty_known_hosts"), "");

        assertThatThrownBy(() -> upload(CLIENT_PRIVATE_KEY, knownHosts))
                .rootCause()
                .isInstanceOf(JSchException.class)
                .hasMessageContaining("reject HostKey");
        assertThat(inboundFileNames()).isEmpty();
    }

    @Test
    void execChannelIsRejected() throws Exception {
        Session session = gatewaySession();
        try {
            ChannelExec exec = (ChannelExec) session.openChannel("exec");
            exec.setCommand("id");

            assertThatThrownBy(() -> exec.connect(5_000)).isInstanceOf(JSchException.class);
        } finally {
            session.disconnect();
        }
    }

    @Test
    void shellChannelIsRejected() throws Exception {
        Session session = gatewaySession();
        try {
            Channel shell = session.openChannel("shell");

            assertThatThrownBy(() -> shell.connect(5_000)).isInstanceOf(JSchException.class);
        } finally {
            session.disconnect();
        }
    }

    @Test
    void stopReleasesPort() throws IOException {
        int port = server.port();

        server.stop();

        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    private void upload(Path privateKey, Path knownHosts) {
        producer.sendBodyAndHeader(
                endpoint(knownHosts) + "&privateKeyFile=" + privateKey.toAbsolutePath(),
                BODY, Exchange.FILE_NAME, FILE_NAME);
    }

    /**
     * Returns an sftp endpoint URI with the settings the gateway's upload needs: strict host key checking
     * against one known_hosts file, and upload under a temporary name then rename. It also disables
     * folder creation and retries, so a missing inbound folder or a failed login fails the test at once.
     */
    private String endpoint(Path knownHosts) {
        return "sftp://claimbridge@127.0.0.1:" + server.port() + "/inbound"
                + "?knownHostsFile=" + knownHosts.toAbsolutePath()
                + "&strictHostKeyChecking=yes"
                + "&useUserKnownHostsFile=false"
                + "&tempFileName=${file:name}.part"
                + "&autoCreate=false"
                + "&disconnect=true"
                + "&maximumReconnectAttempts=0";
    }

    private Session gatewaySession() throws Exception {
        JSch jsch = new JSch();
        jsch.addIdentity(CLIENT_PRIVATE_KEY.toString());
        jsch.setKnownHosts(writeKnownHosts(HOST_PUBLIC_KEY).toString());
        Session session = jsch.getSession("claimbridge", "127.0.0.1", server.port());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(5_000);
        return session;
    }

    /** Writes a known_hosts line that pins the given public key to this server's port. */
    private Path writeKnownHosts(Path publicKey) throws IOException {
        String line = SandboxSettings.knownHostsLine("[127.0.0.1]:" + server.port(), publicKey);
        return Files.writeString(dir.resolve("known_hosts"), line + "\n", UTF_8);
    }

    private List<String> inboundFileNames() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("inbound"))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
