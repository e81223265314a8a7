package org.cokit.tools.coserve;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cokit.organisation.Organisation;

/**
 * One decision of which service to renew, with who took it, when and why. Never changed or deleted: the newest one
 * is the organisation's chosen service, the older ones its history.
 */
@Entity
@Table(name = "service_choice")
public class ServiceChoice extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(name = "chosen_by", nullable = false, length = 254)
    public String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    public Instant chosenAt;
}
