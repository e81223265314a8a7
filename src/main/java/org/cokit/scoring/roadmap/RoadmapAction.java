package org.cokit.scoring.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.cokit.engine.answers.Assessment;
import org.cokit.organisation.Organisation;

/**
 * A recommended action an organisation adopted from an assessment's result, with who owns it, where it stands and
 * when it is due. The title is kept in the language it was adopted in, so the roadmap still reads when the rule
 * set that recommended it changes.
 */
@Entity
@Table(name = "roadmap_action")
public class RoadmapAction extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The round whose result recommended it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    @Column(nullable = false, length = 40)
    public String tool;

    @Column(name = "rule_set_id", nullable = false, length = 80)
    public String ruleSetId;

    /** The recommended action's id in the rule set. */
    @Column(name = "action_id", nullable = false, length = 80)
    public String actionId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 200)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ActionStatus status = ActionStatus.PLANNED;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When it became done or dropped; null while it is not finished. */
    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public long version;
}
