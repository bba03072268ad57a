package io.tradewatch.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key material: new keys are 256 random bits, URL-safe, prefixed {@code tw_} so they are easy to
 * recognise in a secret scanner; only their SHA-256 (hex) is ever stored.
 */
public final class ApiKeys {

    /** Every key starts with this, which lets secret scanners spot a leaked one. */
    public static final String PREFIX = "tw_";

    private static final int KEY_BYTES = 32;

    private static final int ID_BYTES = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private ApiKeys() {
    }

    /** A new random key, shown to its owner once and never stored. */
    public static String newKey() {
        return PREFIX + URL_SAFE.encodeToString(randomBytes(KEY_BYTES));
    }

    /** A new public key id (16 hex digits): what lists, revocations and logs name a key by. */
    public static String newId() {
        return HexFormat.of().formatHex(randomBytes(ID_BYTES));
    }

    /** The lower-case hex SHA-256 of the key's UTF-8 bytes: the only form of a key that is stored. */
    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
