package org.cokit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of participant links, anonymous participation and CoMaster's report, in
 * {@code messages/master_<language>.properties}; templates use {@code {master:key}}.
 */
@MessageBundle(value = "master", locale = "en")
public interface MasterMessages {

    @Message
    String take_title();

    @Message
    String take_intro(String title);

    @Message
    String take_role_legend();

    @Message
    String take_role_help();

    @Message
    String take_start();

    @Message
    String take_resume_hint();

    @Message
    String take_closed_title();

    @Message
    String take_closed_text();

    @Message
    String take_too_many();

    @Message
    String links_title();

    @Message
    String links_intro();

    @Message
    String links_none();

    @Message
    String links_caption();

    @Message
    String links_col_label();

    @Message
    String links_col_roles();

    @Message
    String links_col_state();

    @Message
    String links_col_answers();

    @Message
    String links_col_action();

    @Message
    String links_state_active();

    @Message
    String links_state_expired();

    @Message
    String links_state_revoked();

    @Message
    String links_closes(String date);

    @Message
    String links_new();

    @Message
    String links_roles_legend();

    @Message
    String links_label();

    @Message
    String links_closes_on();

    @Message
    String links_create();

    @Message
    String links_created();

    @Message
    String links_created_label();

    @Message
    String links_revoke();

    @Message
    String links_revoked();

    @Message
    String links_no_roles();

    @Message
    String links_closed();

    @Message
    String links_manage();

    @Message
    String links_back();

    @Message
    String result_strengths();

    @Message
    String result_strengths_none();

    @Message
    String result_weaknesses();

    @Message
    String gap_title();

    @Message
    String gap_intro();

    @Message
    String gap_dimension();

    @Message
    String gap_difference();

    @Message
    String gap_flagged();

    @Message
    String gap_no_answers();

    @Message
    String gap_summary(int count, int total);

    @Message
    String gap_none();

    @Message
    String gap_participants(String counts);

    @Message
    String feedback_title();
}
