package org.cokit.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.InputValidator;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationScope;

/**
 * Opting an organisation into comparisons and out again. Opted in, its latest closed rounds count in other
 * organisations' peer figures, and it may see comparisons itself; opted out, it drops out of every figure computed
 * from then on (the peer tables follow in the same transaction).
 */
@ApplicationScoped
public class BenchmarkSharing {

    private final OrganisationScope scope;
    private final InputValidator validator;
    private final AuditLog audit;
    private final PeerTableKeeper peerTables;

    public BenchmarkSharing(OrganisationScope scope, InputValidator validator, AuditLog audit,
            PeerTableKeeper peerTables) {
        this.scope = scope;
        this.validator = validator;
        this.audit = audit;
        this.peerTables = peerTables;
    }

    /** The organisation, when the caller may access it. */
    @Transactional
    public Optional<Organisation> find(long organisationId) {
        return scope.organisation(organisationId);
    }

    /** Sets the organisation's choice; empty when the caller may not access it (checked before the request). */
    @Transactional
    public Optional<Organisation> set(long organisationId, SharingRequest request) {
        return scope.organisation(organisationId).map(organisation -> {
            validator.check(request);
            if (organisation.benchmarkOptIn != request.benchmarkOptIn()) {
                organisation.benchmarkOptIn = request.benchmarkOptIn();
                peerTables.refresh(organisation.id);
                audit.record(organisation.id, AuditAction.SHARING_CHANGED, AuditAction.ORGANISATION, organisation.id,
                        organisation.name, "benchmarkOptIn=" + organisation.benchmarkOptIn);
            }
            return organisation;
        });
    }
}
