package org.cokit.audit;

import java.util.List;

/**
 * The stable ids of audited actions and of the kinds of object they concern. An id, once recorded, never changes;
 * new ones may be added (pages show an id without a translation as it is).
 */
public final class AuditAction {

    public static final String ORGANISATION_CREATED = "organisation-created";
    public static final String ORGANISATION_DELETED = "organisation-deleted";
    public static final String MEMBER_DELETED = "member-deleted";
    public static final String INVITATION_SENT = "invitation-sent";
    public static final String INVITATION_REVOKED = "invitation-revoked";
    public static final String INVITATION_ACCEPTED = "invitation-accepted";
    public static final String ASSESSMENT_OPENED = "assessment-opened";
    public static final String ASSESSMENT_CLOSED = "assessment-closed";
    public static final String SHARING_CHANGED = "sharing-changed";
    public static final String DATA_EXPORTED = "data-exported";
    public static final String MEMBER_PROVISIONED = "member-provisioned";
    public static final String MEMBER_ROLES_CHANGED = "member-roles-changed";
    public static final String PARTICIPANT_LINK_CREATED = "participant-link-created";
    public static final String PARTICIPANT_LINK_REVOKED = "participant-link-revoked";
    public static final String JOURNEY_LINK_CREATED = "journey-link-created";
    public static final String JOURNEY_LINK_REVOKED = "journey-link-revoked";
    public static final String ANNOTATION_PUBLISHED = "annotation-published";
    public static final String ANNOTATION_HIDDEN = "annotation-hidden";
    public static final String ANNOTATION_MERGED = "annotation-merged";
    public static final String ANNOTATION_REDACTED = "annotation-redacted";

    /** Every action id this version records, in the order pages list them; each has a label in every language. */
    public static final List<String> ALL = List.of(ASSESSMENT_OPENED, ASSESSMENT_CLOSED, PARTICIPANT_LINK_CREATED,
            PARTICIPANT_LINK_REVOKED, DATA_EXPORTED, SHARING_CHANGED, JOURNEY_LINK_CREATED, JOURNEY_LINK_REVOKED,
            ANNOTATION_PUBLISHED, ANNOTATION_HIDDEN, ANNOTATION_MERGED, ANNOTATION_REDACTED, INVITATION_SENT,
            INVITATION_REVOKED, INVITATION_ACCEPTED, MEMBER_PROVISIONED, MEMBER_ROLES_CHANGED, MEMBER_DELETED,
            ORGANISATION_CREATED, ORGANISATION_DELETED);

    /** Kinds of object. */
    public static final String ORGANISATION = "organisation";
    public static final String MEMBER = "member";
    public static final String INVITATION = "invitation";
    public static final String ASSESSMENT = "assessment";

    private AuditAction() {
    }
}
