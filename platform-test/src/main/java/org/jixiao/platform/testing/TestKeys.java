package org.jixiao.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The test run's signing key pair: made once per module build under target/jixiao-test-keys (never committed),
 * read from there by every class loader of the run, so the key the tests sign with is the key the service under
 * test verifies with ({@code %test.mp.jwt.verify.publickey.location}).
 */
public final class TestKeys {
    public static final Path DIRECTORY = Path.of(System.getProperty("user.dir"), "target", "jixiao-test-keys");
    public static final Path PRIVATE_KEY = DIRECTORY.resolve("private.pem");
    public static final Path PUBLIC_KEY = DIRECTORY.resolve("public.pem");

    private static PrivateKey signingKey;

    private TestKeys() {
    }

    /** Makes the pair unless it exists (the public key is written last: its presence means the pair is complete). */
    public static synchronized void ensure() {
        if (Files.isRegularFile(PUBLIC_KEY) && Files.isRegularFile(PRIVATE_KEY)) {
            return;
        }
        try {
            Files.createDirectories(DIRECTORY);
            KeyPair pair = newPair();
            write(PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(PUBLIC_KEY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test key pair under " + DIRECTORY, e);
        }
    }

    /** The key the test tokens are signed with. */
    public static synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            ensure();
            try {
                signingKey = readPrivate(Files.readString(PRIVATE_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return signingKey;
    }

    /** A fresh pair nobody trusts: for forged tokens. */
    public static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey readPrivate(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Written beside and moved into place, so a reader never sees half a key. */
    private static void write(Path target, String text) throws IOException {
        Path partial = Files.createTempFile(DIRECTORY, target.getFileName().toString(), ".part");
        Files.writeString(partial, text, StandardCharsets.US_ASCII);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
