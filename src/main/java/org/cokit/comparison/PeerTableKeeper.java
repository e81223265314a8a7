package org.cokit.comparison;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Runs {@link PeerTables} on the current transaction's connection, after flushing the entities' pending changes so
 * the SQL sees them; at start-up rebuilds the tables when a migration or a bulk load left them stale.
 */
@ApplicationScoped
public class PeerTableKeeper {

    private final EntityManager entityManager;
    private final PeerTables tables = new PeerTables();

    public PeerTableKeeper(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void rebuildIfStale(@Observes StartupEvent start) {
        long began = System.nanoTime();
        boolean rebuilt = QuarkusTransaction.requiringNew().call(() -> work(tables::rebuildIfStale));
        if (rebuilt) {
            Log.infof("Rebuilt the comparison's peer tables in %d ms", (System.nanoTime() - began) / 1_000_000);
        }
    }

    /** Before the organisation's kept round of the tool changes or goes. */
    public void withdraw(String tool, long organisationId) {
        work(connection -> {
            tables.withdraw(connection, tool, organisationId);
            return null;
        });
    }

    /** After the organisation's kept round of the tool was written. */
    public void contribute(String tool, long organisationId) {
        work(connection -> {
            tables.contribute(connection, tool, organisationId);
            return null;
        });
    }

    /** After the organisation's sharing changed: counts its rounds anew, or no more. */
    public void refresh(long organisationId) {
        work(connection -> {
            for (String tool : tables.tools(connection, organisationId)) {
                tables.withdraw(connection, tool, organisationId);
                tables.contribute(connection, tool, organisationId);
            }
            return null;
        });
    }

    /** Before the organisation's kept rounds are deleted. */
    public void withdrawAll(long organisationId) {
        work(connection -> {
            for (String tool : tables.tools(connection, organisationId)) {
                tables.withdraw(connection, tool, organisationId);
            }
            return null;
        });
    }

    private <T> T work(Work<T> work) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("updating the comparison's peer tables failed", e);
            }
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
