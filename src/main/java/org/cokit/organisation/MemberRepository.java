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
        // with its roles in the same query: the API logs in on every request
        // (e-mail addresses are unique; a row limit with a collection fetch would make Hibernate warn on each call)
        return Member.find("from Member m left join fetch m.roles where m.email = ?1", normaliseEmail(email))
                .singleResultOptional();
    }

    public boolean emailTaken(String email) {
        return Member.count("email", normaliseEmail(email)) > 0;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
