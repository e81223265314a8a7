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
import org.cokit.organisation.Member;

/**
 * One respondent's answers in an assessment. Its version is bumped by every save, so two tabs editing the same
 * submission are told instead of silently overwriting each other.
 */
@Entity
public class Submission extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    /** Null for participants who answer through a public link without an account. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    public Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public SubmissionStatus status = SubmissionStatus.DRAFT;

    /** Where the respondent stopped, to resume there. */
    @Column(name = "last_section", length = 80)
    public String lastSection;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The participant role the submission was made in, for questionnaires that have roles; null otherwise. */
    @Column(name = "participant_role", length = 40)
    public String participantRole;

    /** SHA-256 of the token with which an anonymous participant resumes; null for members' submissions. */
    @Column(name = "access_hash", length = 64)
    public String accessHash;

    /** The participant link an anonymous submission was started through. */
    @Column(name = "link_id")
    public Long linkId;

    @Version
    public long version;
}
