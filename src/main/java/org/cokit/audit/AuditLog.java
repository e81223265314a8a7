package org.cokit.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationScope;

/**
 * The audit log: who opened, closed, exported, shared, invited and deleted what. Any layer records an action with
 * {@link #record}; the entry is written in the caller's transaction, so an action that fails (and rolls back)
 * leaves no entry, and an entry that cannot be written undoes the action. Entries are never changed, except that
 * deleting an account clears the e-mail of its entries and deleting an organisation removes its entries (only the
 * entry of the deletion stays).
 */
@ApplicationScoped
public class AuditLog {

    /** Entries per page of {@code GET /api/audit} and {@code /audit}. */
    public static final int PAGE_SIZE = 50;

    private final Instance<OrganisationScope> scope;
    private final EntityManager entityManager;
    private final Clock clock;

    public AuditLog(Instance<OrganisationScope> scope, EntityManager entityManager, Clock clock) {
        this.scope = scope;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records that the signed-in caller did {@code action} to an object of an organisation, in the current
     * transaction (a new one when there is none).
     *
     * @param organisationId the organisation the object belongs to; null for a global action
     * @param action         a stable id, e.g. {@link AuditAction#DATA_EXPORTED}
     * @param objectType     the kind of object, e.g. {@link AuditAction#ASSESSMENT} or {@code ranking}
     * @param objectId       its id, if it has one
     * @param objectLabel    a short human label, e.g. the assessment's title (cut at 200 characters)
     * @param details        anything else worth knowing, e.g. {@code format=csv} (cut at 2000 characters); may be null
     */
    @Transactional
    public AuditEntry record(Long organisationId, String action, String objectType, Long objectId,
            String objectLabel, String details) {
        String organisationName = organisationId == null ? null
                : Optional.ofNullable(Organisation.<Organisation>findById(organisationId)).map(o -> o.name).orElse(null);
        return record(organisationId, organisationName, action, objectType, objectId, objectLabel, details);
    }

    /** As {@link #record(Long, String, String, Long, String, String)}, with the organisation's name given. */
    @Transactional
    public AuditEntry record(Long organisationId, String organisationName, String action, String objectType,
            Long objectId, String objectLabel, String details) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.organisationId = organisationId;
        entry.organisationName = cut(organisationName, 200);
        caller().ifPresent(c -> {
            entry.actorMemberId = c.memberId();
            entry.actorEmail = c.email();
        });
        entry.action = action;
        entry.objectType = objectType;
        entry.objectId = objectId;
        entry.objectLabel = cut(objectLabel, 200);
        entry.details = cut(details, 2000);
        entry.persist();
        return entry;
    }

    /**
     * A page of entries, newest first: the admin's of every organisation or of one; a coordinator's of their own
     * organisation only. Empty when the caller may not see the organisation asked for.
     */
    @Transactional
    public Optional<AuditPageView> page(Long organisationId, String action, int page) {
        Caller caller = caller().orElse(null);
        if (caller == null) {
            return Optional.empty();
        }
        Long organisation = organisationId;
        if (!caller.isAdmin()) {
            if (caller.organisationId() == null
                    || (organisationId != null && !organisationId.equals(caller.organisationId()))) {
                return Optional.empty();
            }
            organisation = caller.organisationId();
        }
        StringBuilder jpql = new StringBuilder("from AuditEntry e where 1 = 1");
        if (organisation != null) {
            jpql.append(" and e.organisationId = :organisation");
        }
        if (action != null && !action.isBlank()) {
            jpql.append(" and e.action = :action");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        var query = entityManager.createQuery(jpql.toString(), AuditEntry.class);
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        if (action != null && !action.isBlank()) {
            query.setParameter("action", action.trim());
        }
        int number = Math.max(1, page);
        List<AuditEntry> rows = query.setFirstResult((number - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<AuditEntryView> entries = rows.stream().limit(PAGE_SIZE).map(AuditEntryView::of).toList();
        return Optional.of(new AuditPageView(number, PAGE_SIZE, hasNext, entries));
    }

    /** The newest entries in which the member acted or which concern their account (at most 200). */
    @Transactional
    public List<AuditEntryView> about(long memberId) {
        return entityManager.createQuery("from AuditEntry e where e.actorMemberId = :member or (e.objectType = :type"
                + " and e.objectId = :member) order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setParameter("member", memberId).setParameter("type", AuditAction.MEMBER).setMaxResults(200)
                .getResultStream().map(AuditEntryView::of).toList();
    }

    /** Removes an organisation's entries when the organisation is deleted, before its deletion is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetOrganisation(long organisationId) {
        entityManager.createQuery("delete from AuditEntry e where e.organisationId = :organisation")
                .setParameter("organisation", organisationId).executeUpdate();
    }

    /** Clears a deleted account's e-mail from the entries it acted in; the member id stays, meaning nothing now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetActor(long memberId) {
        entityManager.createQuery("update AuditEntry e set e.actorEmail = null where e.actorMemberId = :member")
                .setParameter("member", memberId).executeUpdate();
    }

    private Optional<Caller> caller() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return scope.get().caller();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
