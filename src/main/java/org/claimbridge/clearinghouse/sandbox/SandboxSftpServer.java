package org.claimbridge.clearinghouse.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.claimbridge.config.ClaimBridgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sandbox clearinghouse's SFTP server (Apache MINA SSHD), which receives the gateway's claim files
 * when {@code claimbridge.sandbox.enabled=true}.
 *
 * <p>It accepts public key authentication against {@code claimbridge.sandbox.authorized-keys-file}
 * only, for any user name. Password, keyboard-interactive and host-based logins, shell, exec and port
 * forwarding are all disabled. Every user sees {@code claimbridge.sandbox.root-directory} as {@code /},
 * and {@code /inbound} is created on start.
 */
@Component
@ConditionalOnProperty(prefix = "claimbridge.sandbox", name = "enabled", havingValue = "true")
public class SandboxSftpServer implements SmartLifecycle {

    /**
     * Lifecycle phase below SpringCamelContext's ({@code Integer.MAX_VALUE - 2049} in Camel 4.17), so
     * this server starts before the Camel routes that upload to it and stops after them.
     */
    public static final int PHASE = Integer.MAX_VALUE - 4096;

    /** Folder under the root where the gateway uploads claim files. */
    public static final String INBOUND = "inbound";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxSftpServer.class);

    private final ClaimBridgeProperties.Sandbox settings;
    private SshServer server;

    public SandboxSftpServer(ClaimBridgeProperties properties) {
        this.settings = Objects.requireNonNull(properties.sandbox(), "claimbridge.sandbox is not configured");
    }

    /**
     * Creates the inbound folder, loads the keys and binds the server.
     *
     * @throws IllegalStateException if a key file is missing or invalid, or the address cannot be bound
     */
    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }

        Path root = createRoot(settings.rootDirectory());
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(settings.sftpHost());
        sshd.setPort(settings.sftpPort());
        sshd.setKeyPairProvider(SandboxSshKeys.hostKey(settings.hostKeyFile()));
        sshd.setPublickeyAuthenticator(SandboxSshKeys.authorizedKeys(settings.authorizedKeysFile()));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setShellFactory(null);
        sshd.setCommandFactory(null);
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));

        bind(sshd);
        server = sshd;
        LOG.info("Sandbox SFTP server started on {}:{}, root {}", settings.sftpHost(), sshd.getPort(), root);
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }

        int port = server.getPort();
        try {
            server.stop();
            LOG.info("Sandbox SFTP server stopped on {}:{}", settings.sftpHost(), port);
        } catch (IOException e) {
            LOG.warn("Sandbox SFTP server on {}:{} did not stop cleanly", settings.sftpHost(), port, e);
        } finally {
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isStarted();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Returns the bound port, which differs from {@code claimbridge.sandbox.sftp-port} when that is 0.
     *
     * @throws IllegalStateException if the server is not running
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Sandbox SFTP server is not running; call start() first");
        }
        return server.getPort();
    }

    private static Path createRoot(Path configured) {
        if (configured == null) {
            throw new IllegalStateException("claimbridge.sandbox.root-directory is not set; set it to a writable"
                    + " folder, for example data/sandbox/clearinghouse");
        }

        Path root = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve(INBOUND));
        } catch (IOException e) {
            throw new IllegalStateException(String.format(
                    "claimbridge.sandbox.root-directory: cannot create %s (%s); point it to a writable folder",
                    root.resolve(INBOUND), e), e);
        }
        return root;
    }

    private void bind(SshServer sshd) {
        try {
            sshd.start();
        } catch (IOException e) {
            throw new IllegalStateException(String.format(
                    "Sandbox SFTP server cannot listen on %s:%d (%s); set claimbridge.sandbox.sftp-port to a free"
                            + " port or claimbridge.sandbox.enabled=false",
                    settings.sftpHost(), settings.sftpPort(), e.getMessage()), e);
        }
    }
}
