package org.cokit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of the audit log, the account page and organisation deletion, in
 * {@code messages/aud_<language>.properties}; templates use {@code {aud:key}}.
 */
@MessageBundle(value = "aud", locale = "en")
public interface AuditMessages {

    @Message
    String audit_title();

    @Message
    String audit_intro();

    @Message
    String audit_caption(int page);

    @Message
    String audit_when();

    @Message
    String audit_organisation();

    @Message
    String audit_actor();

    @Message
    String audit_action();

    @Message
    String audit_object();

    @Message
    String audit_details();

    @Message
    String audit_filter_title();

    @Message
    String audit_filter_organisation();

    @Message
    String audit_filter_action();

    @Message
    String audit_filter_all();

    @Message
    String audit_filter_submit();

    @Message
    String audit_none();

    @Message
    String audit_previous();

    @Message
    String audit_next();

    @Message
    String audit_nobody();

    @Message
    String audit_erased();

    @Message
    String action_assessment_opened();

    @Message
    String action_assessment_closed();

    @Message
    String action_data_exported();

    @Message
    String action_sharing_changed();

    @Message
    String action_invitation_sent();

    @Message
    String action_invitation_revoked();

    @Message
    String action_invitation_accepted();

    @Message
    String action_member_deleted();

    @Message
    String action_organisation_created();

    @Message
    String action_organisation_deleted();

    @Message
    String action_participant_link_created();

    @Message
    String action_participant_link_revoked();

    @Message
    String action_journey_link_created();

    @Message
    String action_journey_link_revoked();

    @Message
    String action_annotation_published();

    @Message
    String action_annotation_hidden();

    @Message
    String action_annotation_merged();

    @Message
    String action_annotation_redacted();

    @Message
    String action_member_provisioned();

    @Message
    String action_member_roles_changed();

    @Message
    String account_title();

    @Message
    String account_intro();

    @Message
    String account_name();

    @Message
    String account_email();

    @Message
    String account_roles();

    @Message
    String account_organisation();

    @Message
    String account_created();

    @Message
    String account_last_login();

    @Message
    String account_invitations_title();

    @Message
    String account_invited_by();

    @Message
    String account_accepted();

    @Message
    String account_submissions_title();

    @Message
    String account_submission();

    @Message
    String account_status();

    @Message
    String account_date();

    @Message
    String account_audit_title();

    @Message
    String account_none();

    @Message
    String account_delete_title();

    @Message
    String account_delete_rule();

    @Message
    String account_delete_last();

    @Message
    String account_delete_last_admin();

    @Message
    String account_confirm();

    @Message
    String account_confirm_mismatch();

    @Message
    String account_delete_submit();

    @Message
    String account_deleted_title();

    @Message
    String account_deleted_text();

    @Message
    String account_link();

    @Message
    String organisation_delete_title(String name);

    @Message
    String organisation_delete_link();

    @Message
    String organisation_delete_for(String name);

    @Message
    String organisation_delete_text(String name);

    @Message
    String organisation_delete_confirm();

    @Message
    String organisation_delete_mismatch();

    @Message
    String organisation_delete_submit();

    @Message
    String organisation_deleted_title();

    @Message
    String organisation_deleted_text();

    @Message
    String organisation_back();
}
