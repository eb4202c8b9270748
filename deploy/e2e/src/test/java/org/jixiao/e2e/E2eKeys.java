package org.jixiao.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The run's RSA key pair and the RS256 tokens signed with it. A fresh pair per run: the public key is written to
 * target/e2e-keys/public.pem, which the services verify with (MP_JWT_VERIFY_PUBLICKEY_LOCATION); the private key
 * stays in memory. The claims are those deploy/local/token.sh writes: iss, sub, upn, groups (the role),
 * department (codes), iat, exp, jti.
 */
final class E2eKeys {
    static final String ISSUER = "https://jixiao.local/dev";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey signingKey;
    private final Path publicKey;

    private E2eKeys(PrivateKey signingKey, Path publicKey) {
        this.signingKey = signingKey;
        this.publicKey = publicKey;
    }

    /** Makes a pair and writes its public key (PEM) under the directory. */
    static E2eKeys create(Path directory) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(directory);
        Path publicKey = directory.resolve("public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        return new E2eKeys(pair.getPrivate(), publicKey);
    }

    /** The PEM file the services verify with. */
    Path publicKey() {
        return publicKey;
    }

    String finance() {
        return token("finance");
    }

    String department(String code) {
        return token("department", code);
    }

    /** A signed token of the role for the departments, valid for an hour. */
    String token(String role, String... departments) {
        long now = Instant.now().getEpochSecond();
        String subject = "e2e-" + role + (departments.length == 0 ? "" : "-" + String.join("-", departments));
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(quote(ISSUER))
                .append(",\"sub\":").append(quote(subject))
                .append(",\"upn\":").append(quote(subject))
                .append(",\"groups\":[").append(quote(role)).append(']')
                .append(",\"iat\":").append(now)
                .append(",\"exp\":").append(now + 3600)
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()));
        if (departments.length > 0) {
            claims.append(",\"department\":[")
                    .append(Stream.of(departments).map(E2eKeys::quote).collect(Collectors.joining(","))).append(']');
        }
        claims.append('}');
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signingKey);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string of a code or name (letters, digits, '-', ':', '/', '.'; anything else is refused). */
    private static String quote(String text) {
        if (!text.matches("[A-Za-z0-9._:/-]+")) {
            throw new IllegalArgumentException("not a plain claim value: " + text);
        }
        return "\"" + text + "\"";
    }
}
