package org.cokit.organisation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Members of organisations; the login look-up is the only query not scoped to the caller's organisation. */
@ApplicationScoped
public class MemberRepository extends OrganisationOwnedRepository<Member> {

    public MemberRepository() {
        super(Member.class);
    }

    public List<Member> listMembers(long organisationId) {
        return list(organisationId, null, Sort.by("displayName").and("email"), null);
    }

    /** For authentication only: the account behind a login name, whatever its organisation. */
    public Optional<Member> findForLogin(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Member.find("email", normaliseEmail(email)).firstResultOptional();
    }

    public boolean emailTaken(String email) {
        return Member.count("email", normaliseEmail(email)) > 0;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
