package org.cokit.tools.coserve;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cokit.organisation.Organisation;

/** A candidate service an organisation considers renewing through co-creation; CoServe assesses each one. */
@Entity
public class Service extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    @Column(name = "responsible_unit", length = 200)
    public String responsibleUnit;

    /** Roughly how many people or businesses use it in a year; null when not known. */
    @Column(name = "approximate_users")
    public Long approximateUsers;

    /** Channel ids ({@link Channel}) joined by commas, in the order of {@link Channel}. */
    @Column(nullable = false, length = 200)
    public String channels = "";

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public List<Channel> channelList() {
        return channels.isEmpty() ? List.of()
                : Arrays.stream(channels.split(",")).map(Channel::fromId).flatMap(Optional::stream).toList();
    }
}
