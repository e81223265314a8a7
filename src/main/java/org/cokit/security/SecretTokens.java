package org.cokit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable tokens for links that stand in for a login (invitations, public journey links). A token is 128
 * random bits, URL-safe; only its SHA-256 hash is stored, so a leaked database does not leak usable links.
 */
public final class SecretTokens {

    /**
     * One generator per thread: the default one serialises every caller on a lock, and pages hand out a token (the
     * CSRF cookie) to each new visitor, so busy pages queued behind it.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecretTokens::newGenerator);
    /** Base64url of 16 bytes is 22 characters; anything much longer is not one of ours. */
    public static final int MAX_LENGTH = 64;

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG"); // seeded from the system's entropy, no shared lock
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** Hex SHA-256 of the token, as stored and looked up. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean isPlausible(String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_LENGTH;
    }
}
