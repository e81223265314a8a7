package org.cokit.organisation;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.cokit.CokitConfig;

/** bcrypt hashing and checking of passwords. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    /** Checked against when the login name is unknown, so that answer takes as long as a wrong password. */
    private final String decoyHash;

    public PasswordHasher(CokitConfig config) {
        this.cost = config.password().bcryptCost();
        this.decoyHash = BcryptUtil.bcryptHash("decoy-password-never-used", cost);
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
        return BcryptUtil.matches(password, hash);
    }
}
