package org.cokit.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;

/**
 * A member's own account data: what CoKit holds about them, and deleting their account. Deleting erases their name
 * and e-mail everywhere; their submissions stay only as anonymous group data where the assessment is closed (its
 * frozen result stays), and are deleted with their answers otherwise. The last coordinator of an organisation, and
 * the last admin, cannot delete their account.
 */
@ApplicationScoped
public class AccountService {

    public static final String LAST_COORDINATOR = "last-coordinator";
    public static final String LAST_ADMIN = "last-admin";

    private final OrganisationScope scope;
    private final Instance<OrganisationDataOwner> owners;
    private final AuditLog audit;
    private final EntityManager entityManager;

    public AccountService(OrganisationScope scope, Instance<OrganisationDataOwner> owners, AuditLog audit,
            EntityManager entityManager) {
        this.scope = scope;
        this.owners = owners;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** What CoKit holds about the signed-in member; empty when no member is signed in. */
    @Transactional
    public Optional<AccountDataView> data() {
        return self().map(member -> {
            MeView.OrganisationRef organisation = member.organisation == null ? null
                    : new MeView.OrganisationRef(member.organisation.id, member.organisation.name);
            List<AccountDataView.AcceptedInvitation> invitations = Invitation.<Invitation>list(
                    "email = ?1 and acceptedAt is not null order by acceptedAt desc", member.email).stream()
                    .map(i -> new AccountDataView.AcceptedInvitation(i.id, i.invitedBy, i.roles, i.createdAt,
                            i.acceptedAt))
                    .toList();
            List<OrganisationDataOwner.HeldItem> held = owners.stream()
                    .flatMap(owner -> owner.heldAbout(member.id).stream()).toList();
            return new AccountDataView(member.id, member.email, member.displayName,
                    member.roleSet().stream().sorted().map(Role::id).toList(), organisation, member.createdAt,
                    member.lastLoginAt, invitations, held, audit.about(member.id));
        });
    }

    /**
     * Deletes the signed-in member's account when {@code confirm} is their e-mail; refused with an error on
     * {@code confirm} otherwise, and with a conflict for the last coordinator or the last admin.
     */
    @Transactional
    public void deleteOwnAccount(String confirm) {
        Member member = self().orElseThrow(io.quarkus.security.UnauthorizedException::new);
        if (confirm == null || !member.email.equals(MemberRepository.normaliseEmail(confirm))) {
            throw new InvalidInputException(FieldError.of("confirm", "mismatch",
                    "type your e-mail address to confirm the deletion of your account"));
        }
        refusal(member).ifPresent(code -> {
            throw new ConflictException("confirm", code, code.equals(LAST_COORDINATOR)
                    ? "you are the last coordinator of " + member.organisation.name + ": invite another coordinator"
                            + " first, so the organisation is not left without one (or ask the admin to delete the"
                            + " organisation)"
                    : "you are the last admin: CoKit would be left without one");
        });
        long id = member.id;
        String email = member.email;
        String replacement = "deleted-account-" + id;
        Long organisationId = member.organisation == null ? null : member.organisation.id;
        entityManager.flush();
        owners.stream().sorted(Comparator.comparingInt(OrganisationDataOwner::order).reversed())
                .forEach(owner -> owner.eraseMember(id, email, replacement));
        entityManager.createNativeQuery("delete from invitation where email = ?1").setParameter(1, email)
                .executeUpdate();
        entityManager.createNativeQuery("update invitation set invited_by = ?2 where invited_by = ?1")
                .setParameter(1, email).setParameter(2, replacement).executeUpdate();
        entityManager.createNativeQuery("delete from member_role where member_id = ?1").setParameter(1, id)
                .executeUpdate();
        entityManager.createNativeQuery("delete from member where id = ?1").setParameter(1, id).executeUpdate();
        entityManager.clear();
        audit.record(organisationId, AuditAction.MEMBER_DELETED, AuditAction.MEMBER, id, "account " + id,
                "deleted by its owner");
        audit.forgetActor(id);
    }

    /** Why the signed-in member may not delete their account ({@code last-coordinator}, {@code last-admin}), if so. */
    @Transactional
    public Optional<String> deletionRefusal() {
        return self().flatMap(this::refusal);
    }

    private Optional<String> refusal(Member member) {
        if (member.has(Role.COORDINATOR) && member.organisation != null
                && otherMembersWith(member, Role.COORDINATOR) == 0) {
            return Optional.of(LAST_COORDINATOR);
        }
        if (member.has(Role.ADMIN) && otherMembersWith(member, Role.ADMIN) == 0) {
            return Optional.of(LAST_ADMIN);
        }
        return Optional.empty();
    }

    private Optional<Member> self() {
        return scope.caller().map(c -> Member.<Member>findById(c.memberId()));
    }

    private long otherMembersWith(Member member, Role role) {
        String sameOrganisation = member.organisation == null ? "m.organisation is null"
                : "m.organisation.id = :organisation";
        var query = entityManager.createQuery("select count(m) from Member m join m.roles r where r = :role and m.id <> :id"
                + " and " + sameOrganisation, Long.class).setParameter("role", role).setParameter("id", member.id);
        if (member.organisation != null) {
            query.setParameter("organisation", member.organisation.id);
        }
        return query.getSingleResult();
    }
}
