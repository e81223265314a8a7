package org.cokit.engine.participation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cokit.engine.answers.Assessment;

/**
 * A public link through which people without an account answer an assessment anonymously, in one of the
 * participant roles it allows. Only the SHA-256 of its token is kept; it stops working when revoked, after its
 * closing day, or when the assessment closes.
 */
@Entity
@Table(name = "participant_link")
public class ParticipantLink extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    /** The participant role ids the link offers, comma-separated, in the questionnaire's order. */
    @Column(nullable = false, length = 400)
    public String roles;

    @Column(length = 200)
    public String label;

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The last day it takes new participants; null for until the assessment closes. */
    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public List<String> roleIds() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).toList();
    }
}
