package org.cokit.scoring.results;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cokit.engine.answers.Assessment;

/** One attribute's value in an assessment's result as it stood when the assessment closed. */
@Entity
@Table(name = "node_result")
public class FrozenNodeResult extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    @Column(name = "node_id", nullable = false, length = 80)
    public String nodeId;

    @Column(name = "is_input", nullable = false)
    public boolean input;

    /** Worst = 0; -1 when the attribute had no value. */
    @Column(name = "level_min", nullable = false)
    public int levelMin;

    @Column(name = "level_max", nullable = false)
    public int levelMax;

    /** 0-100; null when the attribute had no value. */
    public Double score;
}
