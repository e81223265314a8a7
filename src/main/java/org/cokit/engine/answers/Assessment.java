package org.cokit.engine.answers;

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
import org.cokit.organisation.Organisation;

/**
 * One round of one tool for one subject (the organisation itself, or e.g. a service), pinned to the questionnaire
 * and rule-set versions it was opened with, so later edits of the YAML files never change its meaning.
 */
@Entity
public class Assessment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The tool's stable id, e.g. {@code coready}. */
    @Column(nullable = false, length = 40)
    public String tool;

    /** What is assessed when it is not the organisation itself (a service's id for CoServe). */
    @Column(name = "subject_id")
    public Long subjectId;

    @Column(length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(name = "questionnaire_id", nullable = false, length = 80)
    public String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    public int questionnaireVersion;

    @Column(name = "rule_set_id", length = 80)
    public String ruleSetId;

    @Column(name = "rule_set_version")
    public Integer ruleSetVersion;

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** How many submissions had been submitted when it closed; null before. */
    public Integer respondents;

    @Version
    public long version;
}
