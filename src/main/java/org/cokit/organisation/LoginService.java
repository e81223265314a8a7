package org.cokit.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.cokit.CokitConfig;
import org.jboss.logging.Logger;

/** Checks passwords, counts failures and locks an account for a while after too many in a row. */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    private final MemberRepository members;
    private final PasswordHasher hasher;
    private final CokitConfig config;
    private final Clock clock;

    public LoginService(MemberRepository members, PasswordHasher hasher, CokitConfig config, Clock clock) {
        this.members = members;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The caller for a correct login and password of an unlocked account; empty otherwise, without saying why. The
     * API logs in on every request, so the member is read without a transaction of its own (no commit round trip);
     * the rare writes (failures, lock, time of login) commit on their own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> verifyPassword(String email, String password) {
        Optional<Member> found = members.findForLogin(email);
        if (found.isEmpty()) {
            hasher.matches(password, null);
            return Optional.empty();
        }
        Member member = found.get();
        Instant now = clock.instant();
        if (member.lockedUntil != null && now.isBefore(member.lockedUntil)) {
            hasher.matches(password, null);
            return Optional.empty();
        }
        if (!hasher.matches(password, member.passwordHash)) {
            int failures = member.failedLogins + 1;
            if (failures >= config.login().maxFailures()) {
                LOG.warnf("Account %s locked for %s after %d failed logins", member.id, config.login().lockout(),
                        failures);
                write(() -> Member.update("failedLogins = 0, lockedUntil = ?1 where id = ?2",
                        now.plus(config.login().lockout()), member.id));
            } else {
                write(() -> Member.update("failedLogins = ?1 where id = ?2", failures, member.id));
            }
            return Optional.empty();
        }
        // the API logs in on every request: write only what changed, and the time of login to the minute
        if (member.failedLogins != 0 || member.lockedUntil != null || member.lastLoginAt == null
                || member.lastLoginAt.isBefore(now.minusSeconds(60))) {
            write(() -> Member.update("failedLogins = 0, lockedUntil = null, lastLoginAt = ?1 where id = ?2", now,
                    member.id));
        }
        return Optional.of(callerOf(member));
    }

    /**
     * The caller behind an already authenticated session (form login or single sign-on); empty when the account is
     * gone or can no longer log in. Read on every page request, without a transaction of its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> loadSessionCaller(String email) {
        return members.findForLogin(email).filter(m -> m.passwordHash != null || m.ssoSubject != null).map(LoginService::callerOf);
    }

    private static void write(Runnable update) {
        QuarkusTransaction.joiningExisting().run(update);
    }

    static Caller callerOf(Member member) {
        Long organisationId = member.organisation == null ? null : member.organisation.id;
        return new Caller(member.id, member.email, member.displayName, organisationId, member.roleSet());
    }
}
