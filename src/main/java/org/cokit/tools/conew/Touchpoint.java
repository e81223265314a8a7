package org.cokit.tools.conew;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Where the user meets the service at a stage (e.g. the online form), and through which channel. */
@Entity
@Table(name = "journey_touchpoint")
public class Touchpoint extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id")
    public Stage stage;

    @Column(nullable = false)
    public int place;

    @Column(nullable = false, length = 200)
    public String name;

    /** A CoServe channel id, e.g. {@code web}. */
    @Column(nullable = false, length = 40)
    public String channel;
}
