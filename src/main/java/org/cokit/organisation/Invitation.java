package org.cokit.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An offer to join an organisation with given roles. Only a SHA-256 hash of the link's token is stored, so a
 * leaked database does not leak usable links.
 */
@Entity
public class Invitation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    /** Comma-separated role ids. */
    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 254)
    public String invitedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::fromId).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    public void setRoles(Set<Role> roleSet) {
        roles = roleSet.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
