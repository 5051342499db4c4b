#!/usr/bin/env bash
# Regenerates every test-only key in this folder. The outputs are public: never use them for real data.
# Needs gpg (2.2 or later), ssh-keygen, base64 and keytool (JDK). Run from anywhere: bash certs-sample/generate.sh
set -euo pipefail

cd "$(dirname "$0")"

readonly PGP_USER_ID="ClaimBridge Sandbox Clearinghouse <sandbox-clearinghouse@claimbridge.invalid>"
readonly SANDBOX_SFTP_HOST_PORT="[127.0.0.1]:2222"

rm -f clearinghouse-sandbox-public.asc clearinghouse-sandbox-secret.asc clearinghouse-sandbox-secret.passphrase \
    sandbox-sftp-host-key.pem sandbox-sftp-host-key.pub sandbox-known_hosts \
    gateway-sftp-client-key.pem gateway-sftp-client-key.pub \
    at-rest-sandbox.key sandbox-api-key

# OpenPGP key of the sandbox clearinghouse: RSA 3072 primary key for signing and certifying, RSA 3072
# subkey for encryption, no expiry. A temporary GNUPGHOME keeps the caller's keyrings untouched.
GNUPGHOME="$(mktemp -d)"
export GNUPGHOME
trap 'gpgconf --kill gpg-agent >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT

head -c 24 /dev/urandom | base64 > clearinghouse-sandbox-secret.passphrase
gpg_batch=(gpg --batch --quiet --pinentry-mode loopback --passphrase-file clearinghouse-sandbox-secret.passphrase)
"${gpg_batch[@]}" --quick-generate-key "$PGP_USER_ID" rsa3072 sign,cert 0
fingerprint="$(gpg --batch --with-colons --list-keys "$PGP_USER_ID" | awk -F: '$1 == "fpr" { print $10; exit }')"
"${gpg_batch[@]}" --quick-add-key "$fingerprint" rsa3072 encr 0
gpg --batch --armor --export "$fingerprint" > clearinghouse-sandbox-public.asc
"${gpg_batch[@]}" --armor --export-secret-keys "$fingerprint" > clearinghouse-sandbox-secret.asc

# SSH keys in PEM ("BEGIN EC PRIVATE KEY"), which Apache MINA SSHD 2.20 and JSch 2.27 (com.github.mwiede) read.
ssh-keygen -q -t ecdsa -b 256 -m PEM -N '' -C 'claimbridge-sandbox-sftp-host' -f sandbox-sftp-host-key.pem
mv sandbox-sftp-host-key.pem.pub sandbox-sftp-host-key.pub
ssh-keygen -q -t ecdsa -b 256 -m PEM -N '' -C 'claimbridge-gateway-sandbox' -f gateway-sftp-client-key.pem
mv gateway-sftp-client-key.pem.pub gateway-sftp-client-key.pub

# known_hosts line for the sandbox server: "[host]:port keytype base64", without the key comment.
printf '%s %s\n' "$SANDBOX_SFTP_HOST_PORT" "$(cut -d' ' -f1,2 sandbox-sftp-host-key.pub)" > sandbox-known_hosts

# AES-256 key that encrypts payloads stored in the database: base64 of 32 random bytes.
head -c 32 /dev/urandom | base64 > at-rest-sandbox.key

# API key of the sandbox HTTP API: 32 random bytes, base64url without padding (43 characters).
head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' > sandbox-api-key

echo "Generated test-only keys in $(pwd); PGP key fingerprint $fingerprint"

# TLS key and self-signed certificate of the sandbox eligibility endpoint (HTTPS on 127.0.0.1), valid for
# 127.0.0.1 and localhost for 10 years: a PKCS12 key store, its password, and the certificate in PEM that
# clients trust. keytool comes with the JDK.
rm -f sandbox-tls.p12 sandbox-tls.password sandbox-tls-cert.pem
head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' > sandbox-tls.password
keytool -genkeypair -alias sandbox-tls -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 3650 \
    -dname "CN=localhost, O=ClaimBridge Sandbox Clearinghouse" -ext "SAN=IP:127.0.0.1,DNS:localhost" \
    -storetype PKCS12 -keystore sandbox-tls.p12 \
    -storepass:file sandbox-tls.password -keypass:file sandbox-tls.password
keytool -exportcert -rfc -alias sandbox-tls -keystore sandbox-tls.p12 -storetype PKCS12 \
    -storepass:file sandbox-tls.password > sandbox-tls-cert.pem

echo "Generated the sandbox TLS key store and certificate in $(pwd)"
