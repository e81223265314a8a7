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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cokit.organisation.Organisation;
import org.cokit.tools.coserve.Service;

/** The journey of one service as its users live it: a persona or scenario and ordered stages. */
@Entity
public class Journey extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String persona;

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("place")
    public List<Stage> stages = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Gives the stages their places 0, 1, 2... in list order. */
    void renumber() {
        for (int i = 0; i < stages.size(); i++) {
            stages.get(i).place = i;
        }
    }
}
