package org.cokit.engine.answers;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One question's answer in a submission, in the canonical string form the questionnaire engine defines. */
@Entity
public class Answer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @Column(name = "question_id", nullable = false, length = 80)
    public String questionId;

    @Column(name = "answer_value", length = 5000)
    public String value;

    @Column(name = "answer_comment", length = 2000)
    public String comment;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
