package org.cokit.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import org.cokit.CokitConfig;
import org.junit.jupiter.api.Test;

/** A correct check is remembered (the API logs in on every request); wrong passwords never are. */
class PasswordHasherTest {

    @Test
    void aRepeatedCorrectCheckSkipsBcryptAndWrongOnesStayWrong() {
        PasswordHasher hasher = new PasswordHasher(config(10));
        String hash = hasher.hash("correct horse battery");
        long first = System.nanoTime();
        assertTrue(hasher.matches("correct horse battery", hash));
        long bcrypt = System.nanoTime() - first;
        long again = System.nanoTime();
        assertTrue(hasher.matches("correct horse battery", hash));
        long remembered = System.nanoTime() - again;
        assertTrue(remembered * 5 < bcrypt, "remembered " + remembered + " ns, bcrypt " + bcrypt + " ns");

        assertFalse(hasher.matches("correct horse batter", hash));
        assertFalse(hasher.matches("correct horse battery", hasher.hash("a changed password")));
        assertFalse(hasher.matches("correct horse battery", null));
        assertFalse(hasher.matches(null, hash));
        assertFalse(new PasswordHasher(config(4)).matches("correct horse battery", hasher.hash("other")));
    }

    private static CokitConfig config(int cost) {
        CokitConfig.Password password = (CokitConfig.Password) Proxy.newProxyInstance(
                CokitConfig.class.getClassLoader(), new Class<?>[] {CokitConfig.Password.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "bcryptCost" -> cost;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (CokitConfig) Proxy.newProxyInstance(CokitConfig.class.getClassLoader(),
                new Class<?>[] {CokitConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "password" -> password;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
