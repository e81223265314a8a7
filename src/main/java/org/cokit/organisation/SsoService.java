package org.cokit.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.organisation.SsoOutcome.Refusal;

/**
 * Turns a single sign-on into a member: finds the organisation named by the claim, maps the role claim to CoKit
 * roles, creates the member on the first sign-on and brings the roles up to date on every later one.
 */
@ApplicationScoped
public class SsoService {

    private final MemberRepository members;
    private final SsoConfig config;
    private final AuditLog audit;
    private final Clock clock;

    public SsoService(MemberRepository members, SsoConfig config, AuditLog audit, Clock clock) {
        this.members = members;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SsoOutcome signIn(SsoClaims claims) {
        if (blank(claims.subject()) || blank(claims.email()) || blank(claims.organisation())) {
            return SsoOutcome.refused(Refusal.MISSING_CLAIM, blank(claims.organisation())
                    ? config.organisationClaim() : config.emailClaim());
        }
        Optional<Organisation> organisation = organisationOf(claims.organisation().trim());
        if (organisation.isEmpty()) {
            return SsoOutcome.refused(Refusal.UNKNOWN_ORGANISATION, claims.organisation().trim());
        }
        Set<Role> roles = rolesOf(claims.roles());
        if (roles.isEmpty()) {
            return SsoOutcome.refused(Refusal.NO_ROLE, String.join(", ", claims.roles()));
        }
        Optional<Member> bySubject = Member.find("ssoSubject", claims.subject()).firstResultOptional();
        Member member = bySubject.or(() -> members.findForLogin(claims.email())).orElse(null);
        if (member == null) {
            return SsoOutcome.signedIn(LoginService.callerOf(provision(claims, organisation.get(), roles)));
        }
        boolean otherSubject = member.ssoSubject != null && !member.ssoSubject.equals(claims.subject());
        if (member.organisation == null || !member.organisation.id.equals(organisation.get().id) || otherSubject) {
            return SsoOutcome.refused(Refusal.ACCOUNT_CONFLICT, member.email);
        }
        // An existing password account of the same organisation is linked to the provider on its first sign-on.
        member.ssoSubject = claims.subject();
        if (!blank(claims.displayName())) {
            member.displayName = cut(claims.displayName().trim(), 200);
        }
        member.lastLoginAt = clock.instant();
        if (!member.roleSet().equals(roles)) {
            String before = ids(member.roleSet());
            member.roles.clear();
            member.roles.addAll(roles);
            audit.record(member.organisation.id, member.organisation.name, AuditAction.MEMBER_ROLES_CHANGED,
                    AuditAction.MEMBER, member.id, member.email, "roles=" + ids(roles) + ", before=" + before
                            + ", by=single sign-on");
        }
        return SsoOutcome.signedIn(LoginService.callerOf(member));
    }

    private Member provision(SsoClaims claims, Organisation organisation, Set<Role> roles) {
        Instant now = clock.instant();
        Member member = new Member();
        member.organisation = organisation;
        member.email = MemberRepository.normaliseEmail(claims.email());
        member.displayName = cut(blank(claims.displayName()) ? member.email : claims.displayName().trim(), 200);
        member.ssoSubject = claims.subject();
        member.roles.addAll(roles);
        member.createdAt = now;
        member.lastLoginAt = now;
        member.persist();
        audit.record(organisation.id, organisation.name, AuditAction.MEMBER_PROVISIONED, AuditAction.MEMBER,
                member.id, member.email, "roles=" + ids(roles) + ", by=single sign-on");
        return member;
    }

    private Optional<Organisation> organisationOf(String claim) {
        if (config.organisationMatch() == SsoConfig.OrganisationMatch.ID) {
            try {
                return Optional.ofNullable(Organisation.findById(Long.parseLong(claim)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Organisation.find("nameKey", Organisation.nameKeyOf(claim)).firstResultOptional();
    }

    /** The CoKit roles the claim's values stand for, compared without regard to case. */
    Set<Role> rolesOf(List<String> values) {
        Set<String> given = values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addIfGiven(roles, Role.RESPONDENT, config.roleValues().respondent(), given);
        addIfGiven(roles, Role.COORDINATOR, config.roleValues().coordinator(), given);
        addIfGiven(roles, Role.MANAGER, config.roleValues().manager(), given);
        return roles;
    }

    private static void addIfGiven(Set<Role> roles, Role role, List<String> values, Set<String> given) {
        if (values.stream().anyMatch(v -> given.contains(v.trim().toLowerCase(Locale.ROOT)))) {
            roles.add(role);
        }
    }

    private static String ids(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
