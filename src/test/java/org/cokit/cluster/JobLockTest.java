package org.cokit.cluster;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A job's lock holds a second taker back until the first one's transaction ends; an undeclared job is refused. */
@QuarkusTest
class JobLockTest {

    @Inject
    JobLock jobLock;

    @Test
    void theSecondTakerWaitsForTheFirstTransactionToEnd() throws Exception {
        CountDownLatch firstHolds = new CountDownLatch(1);
        AtomicLong firstReleased = new AtomicLong();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            jobLock.lock("demo-data");
            firstHolds.countDown();
            sleep(400);
            firstReleased.set(System.nanoTime());
        }));
        assertTrue(firstHolds.await(10, TimeUnit.SECONDS));
        long secondLocked = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            jobLock.lock("demo-data");
            return System.nanoTime();
        })).get(10, TimeUnit.SECONDS);
        first.get(10, TimeUnit.SECONDS);
        assertTrue(secondLocked >= firstReleased.get(), "the second taker got the lock while the first held it");
    }

    @Test
    void aJobWithoutARowIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> jobLock.lock("no-such-job")));
        assertTrue(e.getMessage().contains("no-such-job"), e.getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
