package org.claimbridge.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;

/** Decrypts an OpenPGP message with plain BouncyCastle, independent of Camel's data format. */
public final class PgpTestDecryptor {

    static final Path SECRET_KEY = Path.of("certs-sample/clearinghouse-sandbox-secret.asc");
    static final Path PASSPHRASE = Path.of("certs-sample/clearinghouse-sandbox-secret.passphrase");

    /**
     * @param plaintext contents of the literal data packet
     * @param recipientKeyId id of the key the session key was encrypted to
     * @param symmetricAlgorithm SymmetricKeyAlgorithmTags value of the session key
     * @param integrityProtected whether the message carries a modification detection code
     * @param integrityVerified whether that code matched after reading the whole message
     */
    public record Decrypted(
            byte[] plaintext,
            long recipientKeyId,
            int symmetricAlgorithm,
            boolean integrityProtected,
            boolean integrityVerified) {
    }

    private PgpTestDecryptor() {
    }

    public static Decrypted decryptWithSandboxKey(byte[] message) throws IOException, PGPException {
        char[] passphrase = Files.readString(PASSPHRASE, StandardCharsets.US_ASCII).strip().toCharArray();
        return decrypt(message, SECRET_KEY, passphrase);
    }

    static Decrypted decrypt(byte[] message, Path secretKeyFile, char[] passphrase)
            throws IOException, PGPException {
        PGPPublicKeyEncryptedData encrypted = firstEncryptedData(message);
        PGPPrivateKey privateKey = privateKey(secretKeyFile, encrypted.getKeyID(), passphrase);
        PublicKeyDataDecryptorFactory decryptor = new BcPublicKeyDataDecryptorFactory(privateKey);

        int algorithm = encrypted.getSymmetricAlgorithm(decryptor);
        byte[] plaintext = readLiteralData(encrypted.getDataStream(decryptor));
        boolean protectedByMdc = encrypted.isIntegrityProtected();
        boolean verified = protectedByMdc && encrypted.verify();
        return new Decrypted(plaintext, encrypted.getKeyID(), algorithm, protectedByMdc, verified);
    }

    private static PGPPublicKeyEncryptedData firstEncryptedData(byte[] message) throws IOException {
        InputStream decoded = PGPUtil.getDecoderStream(new ByteArrayInputStream(message));
        BcPGPObjectFactory factory = new BcPGPObjectFactory(decoded);
        Object first = factory.nextObject();
        PGPEncryptedDataList list = first instanceof PGPEncryptedDataList encryptedDataList
                ? encryptedDataList
                : (PGPEncryptedDataList) factory.nextObject();
        return (PGPPublicKeyEncryptedData) list.get(0);
    }

    private static PGPPrivateKey privateKey(Path secretKeyFile, long keyId, char[] passphrase)
            throws IOException, PGPException {
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(secretKeyFile))) {
            PGPSecretKeyRingCollection rings = new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
            PGPSecretKey secretKey = rings.getSecretKey(keyId);
            if (secretKey == null) {
                throw new PGPException("no secret key with id " + Long.toHexString(keyId) + " in " + secretKeyFile);
            }
            return secretKey.extractPrivateKey(
                    new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
        }
    }

    private static byte[] readLiteralData(InputStream clear) throws IOException, PGPException {
        BcPGPObjectFactory factory = new BcPGPObjectFactory(clear);
        Object packet = factory.nextObject();
        if (packet instanceof PGPCompressedData compressed) {
            factory = new BcPGPObjectFactory(compressed.getDataStream());
            packet = factory.nextObject();
        }
        return ((PGPLiteralData) packet).getInputStream().readAllBytes();
    }
}
