package org.jixiao.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256 tokens for tests, signed with the run's {@link TestKeys}, with the claims deploy/local/token.sh
 * writes: iss, sub, upn, groups (the role), department (codes), iat, exp, jti.
 */
public final class TestTokens {
    public static final String ISSUER = "https://jixiao.local/dev";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    public static String finance() {
        return of("finance");
    }

    public static String auditor() {
        return of("auditor");
    }

    public static String department(String code) {
        return of("department", code);
    }

    public static String thirdParty(String... codes) {
        return of("third-party", codes);
    }

    /** A token of one role (any text: a role the services do not know too) for the given departments. */
    public static String of(String role, String... departments) {
        return sign(claims(role, departments), TestKeys.signingKey());
    }

    /** The claims {@link #of} signs, to change one before signing with {@link #sign}. */
    public static Map<String, Object> claims(String role, String... departments) {
        long now = Instant.now().getEpochSecond();
        String subject = "test-" + role + (departments.length == 0 ? "" : "-" + String.join("-", departments));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role));
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        if (departments.length > 0) {
            claims.put("department", List.of(departments));
        }
        return claims;
    }

    public static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
