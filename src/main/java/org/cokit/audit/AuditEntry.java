package org.cokit.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which object of which organisation, and when. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Null for global actions, and on the entry that records the organisation's own deletion. */
    @Column(name = "organisation_id")
    public Long organisationId;

    /** The organisation's name as it was, so the entry still reads once the organisation is gone. */
    @Column(name = "organisation_name", length = 200)
    public String organisationName;

    /** Null when no signed-in member acted (e.g. an invitation accepted through its link). */
    @Column(name = "actor_member_id")
    public Long actorMemberId;

    /** The actor's e-mail as it was; cleared when the actor deletes their account. */
    @Column(name = "actor_email", length = 254)
    public String actorEmail;

    /** A stable id such as {@code assessment-opened}; see {@link AuditAction}. */
    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "object_type", nullable = false, length = 40)
    public String objectType;

    @Column(name = "object_id")
    public Long objectId;

    @Column(name = "object_label", length = 200)
    public String objectLabel;

    @Column(length = 2000)
    public String details;
}
