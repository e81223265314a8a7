package org.cokit.tools.conew;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One browser's support for a published idea; the voter id is a random cookie, stored only as its hash. */
@Entity
@Table(name = "annotation_vote")
public class AnnotationVote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "annotation_id")
    public Annotation annotation;

    @Column(name = "voter_hash", nullable = false, length = 64)
    public String voterHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
