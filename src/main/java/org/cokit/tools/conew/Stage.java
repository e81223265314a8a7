package org.cokit.tools.conew;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One stage of a journey (e.g. applying), with what the user does and the touchpoints met there. */
@Entity
@Table(name = "journey_stage")
public class Stage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journey_id")
    public Journey journey;

    @Column(nullable = false)
    public int place;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "user_action", length = 1000)
    public String userAction;

    @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("place")
    public List<Touchpoint> touchpoints = new ArrayList<>();
}
