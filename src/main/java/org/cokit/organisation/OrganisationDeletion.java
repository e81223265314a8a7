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
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;

/**
 * Deleting an organisation with all its data, in one transaction: every {@link OrganisationDataOwner}'s rows, then
 * its invitations, members and audit entries, then the organisation. Only the entry recording the deletion stays,
 * with the organisation's name and without its id.
 */
@ApplicationScoped
public class OrganisationDeletion {

    private final Instance<OrganisationDataOwner> owners;
    private final OrganisationScope scope;
    private final AuditLog audit;
    private final EntityManager entityManager;

    public OrganisationDeletion(Instance<OrganisationDataOwner> owners, OrganisationScope scope, AuditLog audit,
            EntityManager entityManager) {
        this.owners = owners;
        this.scope = scope;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** The organisation to delete, when it exists and the caller may access it. */
    @Transactional
    public Optional<Organisation> find(long organisationId) {
        return scope.organisation(organisationId);
    }

    /**
     * Deletes the organisation when {@code confirm} is its name (spaces around and case aside); refused with an error
     * on {@code confirm} otherwise. Empty when there is no such organisation for the caller. Only the admin may.
     */
    @Transactional
    public Optional<String> delete(long organisationId, String confirm) {
        Optional<Organisation> found = scope.organisation(organisationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!scope.caller().map(Caller::isAdmin).orElse(false)) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        Organisation organisation = found.get();
        if (confirm == null || !Organisation.nameKeyOf(confirm).equals(organisation.nameKey)) {
            throw new InvalidInputException(FieldError.of("confirm", "mismatch",
                    "type the organisation's name to confirm its deletion"));
        }
        String name = organisation.name;
        entityManager.flush();
        owners.stream().sorted(Comparator.comparingInt(OrganisationDataOwner::order).reversed())
                .forEach(owner -> owner.deleteOrganisationData(organisationId));
        for (String sql : List.of("delete from invitation where organisation_id = ?1",
                "delete from member_role where member_id in (select id from member where organisation_id = ?1)",
                "delete from member where organisation_id = ?1",
                "delete from organisation where id = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, organisationId).executeUpdate();
        }
        audit.forgetOrganisation(organisationId);
        entityManager.clear();
        audit.record(null, name, AuditAction.ORGANISATION_DELETED, AuditAction.ORGANISATION, organisationId, name,
                null);
        return Optional.of(name);
    }
}
