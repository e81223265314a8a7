package org.cokit.tools.conew;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A public, revocable link through which service users annotate a journey without an account; only the SHA-256
 * hash of its 128-bit token is stored.
 */
@Entity
@Table(name = "journey_link")
public class JourneyLink extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id")
    public Journey journey;

    /** What the team calls it, e.g. "Poster at the front desk". */
    @Column(nullable = false, length = 200)
    public String label;

    /** The channel or event it was handed out through, a CoServe channel id; null for any. */
    @Column(length = 40)
    public String channel;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    public String revokedBy;

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether users can still annotate through it at {@code now}. */
    public boolean isOpen(Instant now) {
        return revokedAt == null && (closesAt == null || closesAt.isAfter(now));
    }
}
