package org.cokit.tools.conew;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What one service user said about one stage: how it felt (1 very bad to 5 very good), what went wrong, an idea;
 * at least one of them. Contact details only when the user asked to be contacted.
 */
@Entity
public class Annotation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id")
    public Journey journey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    public Stage stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "link_id")
    public JourneyLink link;

    public Integer feeling;

    @Column(length = 1000)
    public String problem;

    @Column(length = 1000)
    public String idea;

    /** The language the user wrote in (a tag, e.g. {@code sl}). */
    @Column(nullable = false, length = 5)
    public String language;

    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AnnotationStatus status = AnnotationStatus.PENDING;

    @Column(name = "hidden_reason", length = 500)
    public String hiddenReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    public Annotation mergedInto;

    @Column(name = "moderated_by", length = 254)
    public String moderatedBy;

    @Column(name = "moderated_at")
    public Instant moderatedAt;

    @Column(name = "redacted_by", length = 254)
    public String redactedBy;

    @Column(name = "redacted_at")
    public Instant redactedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
