package org.claimbridge.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds TLS contexts from the key store and trust store files of the eligibility client and sandbox. */
final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * Returns a client context that trusts the certificates in {@code trustFile}: PEM certificates when the file
     * starts with {@code -----BEGIN}, else a PKCS12 trust store opened with the password in
     * {@code passwordFile}. Returns the JDK's default context, which trusts the JDK's CA certificates, when
     * {@code trustFile} is null.
     *
     * @throws IllegalStateException when a file cannot be read or contains no usable certificate
     */
    static SSLContext client(Path trustFile, Path passwordFile) {
        try {
            if (trustFile == null) {
                return SSLContext.getDefault();
            }
            KeyStore trustStore = isPem(trustFile) ? pemTrustStore(trustFile) : pkcs12(trustFile, passwordFile);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Trust store " + trustFile + " cannot be loaded (" + e.getMessage()
                    + "); point it to a PEM certificate or a PKCS12 trust store with its password file", e);
        }
    }

    /**
     * Returns a server context with the key and certificate of a PKCS12 key store whose password (the store's
     * and the key's) is the first line of {@code passwordFile}.
     *
     * @throws IllegalStateException when a file cannot be read or contains no key
     */
    static SSLContext server(Path keyStoreFile, Path passwordFile) {
        try {
            KeyStore keyStore = pkcs12(keyStoreFile, passwordFile);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password(passwordFile));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Key store " + keyStoreFile + " cannot be loaded (" + e.getMessage()
                    + "); regenerate it with certs-sample/generate.sh or check its password file", e);
        }
    }

    private static boolean isPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(10), StandardCharsets.US_ASCII).startsWith("-----BEGIN");
        }
    }

    private static KeyStore pemTrustStore(Path file) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("no certificate in the PEM file");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("trusted-" + index++, certificate);
        }
        return store;
    }

    private static KeyStore pkcs12(Path file, Path passwordFile) throws IOException, GeneralSecurityException {
        if (passwordFile == null) {
            throw new GeneralSecurityException("a PKCS12 store needs a password file");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password(passwordFile));
        }
        return store;
    }

    /** Returns the first line of the password file, without surrounding whitespace. */
    private static char[] password(Path passwordFile) throws IOException {
        String content = Files.readString(passwordFile, StandardCharsets.UTF_8);
        int lineEnd = content.indexOf('\n');
        return (lineEnd < 0 ? content : content.substring(0, lineEnd)).strip().toCharArray();
    }
}
