package org.cokit.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cokit.i18n.Language;

/** A public body using CoKit; every piece of assessment data belongs to exactly one. */
@Entity
public class Organisation extends PanacheEntity {

    @Column(nullable = false, length = 200)
    public String name;

    /** The name in lower case, so that names differing only in case are refused by a unique index. */
    @Column(name = "name_key", nullable = false, length = 200)
    String nameKey;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(nullable = false, length = 2)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "government_level", nullable = false, length = 20)
    public GovernmentLevel governmentLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 20)
    public SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    public Language language;

    @Column(name = "benchmark_opt_in", nullable = false)
    public boolean benchmarkOptIn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void keepNameKey() {
        nameKey = nameKeyOf(name);
    }

    public static String nameKeyOf(String name) {
        return name == null ? null : name.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
