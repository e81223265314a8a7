package org.cokit.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Lets one instance at a time do work that must happen once when several instances share the database: the caller
 * locks a row of {@code job_lock} for its transaction (the others block until it commits) and then checks, inside
 * that transaction, whether the work is still to do. A database lock rather than an in-memory one, because the
 * instances share nothing else.
 */
@ApplicationScoped
public class JobLock {

    private final EntityManager entityManager;
    private final Clock clock;

    public JobLock(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Locks the job's row until the current transaction ends, and notes who ran it when. The row must exist (a
     * migration adds one per job).
     *
     * @throws IllegalArgumentException for a job no migration declared
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String job) {
        int rows = entityManager.createNativeQuery("select name from job_lock where name = ?1 for update")
                .setParameter(1, job).getResultList().size();
        if (rows != 1) {
            throw new IllegalArgumentException("No job_lock row for '" + job + "': add one in a migration");
        }
        entityManager.createNativeQuery("update job_lock set last_run = ?1, last_host = ?2 where name = ?3")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, host()).setParameter(3, job).executeUpdate();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
