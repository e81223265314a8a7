package org.cokit.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Base for repositories of data that belongs to one organisation (through an association path). It has
 * no unscoped finder: each query carries the organisation id, after {@link OrganisationScope} has agreed that the
 * caller may access it.
 */
public abstract class OrganisationOwnedRepository<T extends PanacheEntityBase> {

    @Inject
    protected OrganisationScope scope;

    @Inject
    protected EntityManager entityManager;

    private final Class<T> type;
    private final String organisationPath;

    protected OrganisationOwnedRepository(Class<T> type) {
        this(type, "organisation");
    }

    /**
     * @param organisationPath the association path from the entity to its organisation, e.g.
     *                         {@code assessment.organisation} for data owned through its assessment
     */
    protected OrganisationOwnedRepository(Class<T> type, String organisationPath) {
        this.type = type;
        this.organisationPath = organisationPath;
    }

    public Optional<T> find(long organisationId, long id) {
        return find(organisationId, id, "");
    }

    /**
     * As {@link #find(long, long)}, loading associations in the same query: {@code fetches} is JPQL on alias
     * {@code e}, such as {@code join fetch e.assessment}.
     */
    protected Optional<T> find(long organisationId, long id, String fetches) {
        if (!scope.mayAccess(organisationId)) {
            return Optional.empty();
        }
        return entityManager.createQuery("from " + type.getSimpleName() + " e " + fetches
                + " where e.id = :id and e." + organisationPath + ".id = :organisation", type)
                .setParameter("id", id).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /** Rows of the organisation matching an optional JPQL condition on alias {@code e}. */
    public List<T> list(long organisationId, String condition, Sort sort, Parameters parameters) {
        if (!scope.mayAccess(organisationId)) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("from ").append(type.getSimpleName())
                .append(" e where e.").append(organisationPath).append(".id = :organisation");
        if (condition != null && !condition.isBlank()) {
            jpql.append(" and (").append(condition).append(')');
        }
        if (sort != null) {
            jpql.append(" order by ");
            for (int i = 0; i < sort.getColumns().size(); i++) {
                Sort.Column column = sort.getColumns().get(i);
                jpql.append(i == 0 ? "" : ", ").append("e.").append(column.getName())
                        .append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
            }
        }
        var query = entityManager.createQuery(jpql.toString(), type).setParameter("organisation", organisationId);
        if (parameters != null) {
            parameters.map().forEach(query::setParameter);
        }
        return query.getResultList();
    }
}
