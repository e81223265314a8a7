package org.cokit.organisation;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cokit.CokitConfig;

/**
 * bcrypt hashing and checking of passwords. A correct check is remembered for a few minutes, keyed by an HMAC (with
 * a key made at start-up) of the stored hash and the password: the API authenticates every request with HTTP Basic,
 * and a bcrypt check per request would cost more than the request's work (about 70 ms of CPU). Wrong passwords are
 * never remembered, and a changed password has a new hash, so nothing but repeating a correct check gets faster.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final long REMEMBER_NANOS = 5L * 60 * 1_000_000_000;
    private static final int REMEMBER_AT_MOST = 10_000;

    private final int cost;
    /** Checked against when the login name is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash;
    private final SecretKeySpec memoKey;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    public PasswordHasher(CokitConfig config) {
        this.cost = config.password().bcryptCost();
        this.decoyHash = BcryptUtil.bcryptHash("decoy-password-never-used", cost);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.memoKey = new SecretKeySpec(key, "HmacSHA256");
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (hash == null) {
            BcryptUtil.matches(password, decoyHash);
            return false;
        }
        String memo = memo(password, hash);
        long now = System.nanoTime();
        Long until = verifiedUntil.get(memo);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = BcryptUtil.matches(password, hash);
        if (matches) {
            if (verifiedUntil.size() >= REMEMBER_AT_MOST) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(memo, now + REMEMBER_NANOS);
        }
        return matches;
    }

    private String memo(String password, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(memoKey);
            mac.update(hash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }
}
