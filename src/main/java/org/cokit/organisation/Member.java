package org.cokit.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's account: in one organisation with organisation roles, or global with the {@code admin} role. */
@Entity
public class Member extends PanacheEntity {

    /** Null only for global administrators. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** Stored lower-case; it is the login name. */
    @Column(nullable = false, length = 254)
    public String email;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Convert(converter = RoleConverter.class)
    public Set<Role> roles = new HashSet<>();

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The single sign-on provider's subject id; set for members who sign in through it (they have no password). */
    @Column(name = "sso_subject", length = 255)
    public String ssoSubject;

    @Version
    public long version;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
