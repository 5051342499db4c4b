package org.claimbridge.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under the {@code claimbridge} prefix. The sandbox values live in application.yaml.
 *
 * @param mllp the HL7 v2 listener
 * @param store the message store
 * @param claims claim batching
 * @param x12 the 837P envelope and parties
 * @param billingProvider the billing provider reported in loop 2010AA
 * @param clearinghouse where claim files are delivered
 * @param sandbox the embedded sandbox clearinghouse
 * @param eligibility real-time eligibility (X12 270/271 over CAQH CORE connectivity)
 * @param fhir the FHIR R4 HTTP intake and its authentication
 * @param demographics severities of the demographic rules and member id patterns per payer
 * @param eligibilityChecks eligibility checks of accepted registrations and appointments
 * @param ehr forwarding of accepted registrations and appointments to the EHR over MLLP
 */
@ConfigurationProperties(prefix = "claimbridge")
public record ClaimBridgeProperties(
        Mllp mllp,
        Store store,
        Claims claims,
        X12 x12,
        BillingProvider billingProvider,
        Clearinghouse clearinghouse,
        Sandbox sandbox,
        Eligibility eligibility,
        Fhir fhir,
        Demographics demographics,
        EligibilityChecks eligibilityChecks,
        Ehr ehr) {

    /**
     * @param host address the listener binds to
     * @param port TCP port of the listener
     * @param defaultCharset charset for messages whose MSH-18 is empty
     * @param maxFrameBytes largest MLLP frame content in bytes; a longer frame closes the connection
     */
    public record Mllp(String host, int port, String defaultCharset, int maxFrameBytes) {
    }

    /**
     * @param atRestKeyFile file holding the base64-encoded 256-bit AES key that encrypts stored payloads
     */
    public record Store(Path atRestKeyFile) {
    }

    /**
     * @param flushInterval how often ready claims are batched into one interchange
     * @param placeOfServiceCode CMS place of service code used when the message carries none
     */
    public record Claims(Duration flushInterval, String placeOfServiceCode) {
    }

    /**
     * @param usageIndicator ISA15: T for test, P for production
     * @param senderQualifier ISA05 interchange id qualifier of the submitter, for example ZZ
     * @param senderId ISA06, padded to 15 characters on output
     * @param receiverQualifier ISA07
     * @param receiverId ISA08, padded to 15 characters on output
     * @param applicationSenderCode GS02
     * @param applicationReceiverCode GS03
     * @param submitterName loop 1000A NM103
     * @param submitterId loop 1000A NM109
     * @param submitterContactName loop 1000A PER02
     * @param submitterContactPhone loop 1000A PER04, digits only
     * @param receiverName loop 1000B NM103
     * @param receiverIdentifier loop 1000B NM109
     */
    public record X12(
            String usageIndicator,
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            String applicationSenderCode,
            String applicationReceiverCode,
            String submitterName,
            String submitterId,
            String submitterContactName,
            String submitterContactPhone,
            String receiverName,
            String receiverIdentifier) {
    }

    /**
     * @param name organization name (NM103)
     * @param npi 10-digit NPI (NM109)
     * @param taxId employer identification number, nine digits (REF02 with qualifier EI)
     * @param taxonomyCode provider taxonomy code (PRV03)
     */
    public record BillingProvider(
            String name,
            String npi,
            String taxId,
            String taxonomyCode,
            String addressLine,
            String city,
            String state,
            String postalCode) {
    }

    /**
     * @param host SFTP host of the clearinghouse
     * @param port SFTP port
     * @param username SFTP login name
     * @param privateKeyFile the gateway's SSH private key (PEM)
     * @param knownHostsFile known_hosts file that must contain the clearinghouse host key
     * @param directory remote directory for claim files
     * @param pgpPublicKeyFile the clearinghouse's armored OpenPGP public key
     * @param pgpKeyUserId user id of the key to encrypt to
     * @param retryInitialDelay delay before the first retry of a failed upload
     * @param retryMaxDelay cap of the exponential retry delay
     */
    public record Clearinghouse(
            String host,
            int port,
            String username,
            Path privateKeyFile,
            Path knownHostsFile,
            String directory,
            Path pgpPublicKeyFile,
            String pgpKeyUserId,
            Duration retryInitialDelay,
            Duration retryMaxDelay) {
    }

    /**
     * @param enabled whether the embedded sandbox clearinghouse starts with the gateway
     * @param sftpHost address the sandbox SFTP server binds to
     * @param sftpPort port of the sandbox SFTP server
     * @param rootDirectory the sandbox clearinghouse's file root; uploads land in its inbound folder
     * @param hostKeyFile the sandbox server's SSH host key (PEM)
     * @param authorizedKeysFile public keys allowed to log in
     */
    public record Sandbox(
            boolean enabled,
            String sftpHost,
            int sftpPort,
            Path rootDirectory,
            Path hostKeyFile,
            Path authorizedKeysFile) {
    }

    /**
     * @param endpoint the clearinghouse's CORE real-time URL (https)
     * @param coreSenderId CORE SenderID envelope field
     * @param coreReceiverId CORE ReceiverID envelope field
     * @param traceOriginatorId 9 letters or digits that follow the 9 in TRN03 of each 270
     * @param providerNpi NPI of the information receiver (loop 2100B); often the billing provider's
     * @param providerName organization name of the information receiver
     * @param responseLimit how long to wait for a 271; CORE allows at most 20 seconds
     * @param trustStoreFile PEM certificates or a PKCS12 store to trust for the endpoint; empty for the JDK's
     * @param trustStorePasswordFile password file of a PKCS12 trust store; empty for PEM
     * @param cacheTimeToLive how long an eligibility result is reused for the same payer, member and date
     * @param sandbox the embedded sandbox CORE endpoint
     */
    public record Eligibility(
            java.net.URI endpoint,
            String coreSenderId,
            String coreReceiverId,
            String traceOriginatorId,
            String providerNpi,
            String providerName,
            Duration responseLimit,
            Path trustStoreFile,
            Path trustStorePasswordFile,
            Duration cacheTimeToLive,
            EligibilitySandbox sandbox) {
    }

    /**
     * @param enabled whether the sandbox CORE endpoint starts (also needs claimbridge.sandbox.enabled)
     * @param port HTTPS port of the sandbox endpoint on 127.0.0.1
     * @param rosterFile CSV of members the sandbox answers for
     * @param keyStoreFile PKCS12 key store with the sandbox TLS key and certificate
     * @param keyStorePasswordFile file whose first line is the key store password
     */
    public record EligibilitySandbox(boolean enabled, int port, Path rosterFile, Path keyStoreFile,
            Path keyStorePasswordFile) {
    }

    /**
     * @param maxRequestSize largest request body accepted; larger requests get HTTP 413
     * @param apiKeyFile file whose first line is the API key accepted in the X-API-Key header; empty
     *     to turn API keys off
     * @param apiKeyClientId client identity of requests authenticated by the API key; it scopes
     *     idempotency keys and earlier resources
     * @param clients SMART Backend Services clients allowed to get access tokens
     * @param accessTokenLifetime lifetime of the access tokens the token endpoint issues
     * @param certificateClients client certificates accepted over mutual TLS
     */
    public record Fhir(
            org.springframework.util.unit.DataSize maxRequestSize,
            Path apiKeyFile,
            String apiKeyClientId,
            java.util.List<FhirClient> clients,
            Duration accessTokenLifetime,
            java.util.List<FhirCertificateClient> certificateClients) {
    }

    /**
     * @param clientId the client_id, which must be the iss and sub of the client's assertions
     * @param jwksFile the client's public keys as a JSON Web Key Set file
     * @param scope the scopes granted to the client, space-separated, for example system/*.write
     */
    public record FhirClient(String clientId, Path jwksFile, String scope) {
    }

    /**
     * @param clientId client identity of requests presenting the certificate
     * @param sha256Fingerprint hex SHA-256 of the DER-encoded client certificate, colons allowed
     */
    public record FhirCertificateClient(String clientId, String sha256Fingerprint) {
    }

    /**
     * @param rules severity per demographic rule key (name, birth-date, sex, address, phone, payer, member-id,
     *     relationship, subscriber): reject (AE) or warn (AA, flagged). Rules not listed reject. Applies to ADT
     *     and SIU messages; DFT^P03 claims reject on every rule
     * @param memberIdPatterns regular expression per payer id (IN1-3) that the whole member id (IN1-36) must match
     */
    public record Demographics(java.util.Map<String, String> rules, java.util.Map<String, String> memberIdPatterns) {
    }

    /**
     * @param pollInterval how often the eligibility-check route looks for a queued check; each run sends one
     */
    public record EligibilityChecks(Duration pollInterval) {
    }

    /**
     * @param host the EHR's HL7 v2 listener
     * @param port its MLLP port
     * @param maxAttempts attempts before a message is dead-lettered (status DEAD in ehr_outbox)
     * @param retryInitialDelay delay before the second attempt; it doubles per failed attempt
     * @param retryMaxDelay cap of the retry delay
     * @param responseTimeout how long to wait for the EHR's acknowledgement
     * @param pollInterval how often the ehr-forwarding route looks for a due message; each run sends one
     * @param sandbox the embedded sandbox EHR
     * @param fhirBaseUrl the EHR's FHIR R4 base URL that accepted FHIR resources are PUT to; empty turns FHIR
     *     forwarding off and the resources stay PENDING
     */
    public record Ehr(
            String host,
            int port,
            int maxAttempts,
            Duration retryInitialDelay,
            Duration retryMaxDelay,
            Duration responseTimeout,
            Duration pollInterval,
            EhrSandbox sandbox,
            String fhirBaseUrl) {
    }

    /**
     * @param enabled whether the sandbox EHR listener starts (also needs claimbridge.sandbox.enabled)
     * @param port its MLLP port on 127.0.0.1
     * @param rootDirectory folder where it stores every message it receives
     * @param fhirPort HTTP port on 127.0.0.1 of the sandbox FHIR EHR, which stores every resource PUT to it
     *     under rootDirectory/fhir
     */
    public record EhrSandbox(boolean enabled, int port, Path rootDirectory, int fhirPort) {
    }
}
