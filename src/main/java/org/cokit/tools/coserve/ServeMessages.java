package org.cokit.tools.coserve;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * CoServe's interface texts, by key, in {@code messages/serve_<language>.properties}; templates use
 * {@code {serve:key}}. English is complete and the fallback.
 */
@MessageBundle(value = "serve", locale = "en")
public interface ServeMessages {

    @Message
    String services_title();

    @Message
    String services_intro();

    @Message
    String services_none();

    @Message
    String services_to_ranking();

    @Message
    String service_name();

    @Message
    String service_description();

    @Message
    String service_unit();

    @Message
    String service_users();

    @Message
    String service_users_help();

    @Message
    String service_channels();

    @Message
    String service_channels_help();

    @Message
    String service_assessments();

    @Message
    String service_no_assessments();

    @Message
    String service_chosen();

    @Message
    String service_add_title();

    @Message
    String service_add_submit();

    @Message
    String service_added();

    @Message
    String service_assess();

    @Message
    String service_assessment_started();

    @Message
    String channel_web();

    @Message
    String channel_mobile_app();

    @Message
    String channel_email();

    @Message
    String channel_phone();

    @Message
    String channel_post();

    @Message
    String channel_office();

    @Message
    String channel_home_visit();

    @Message
    String ranking_title();

    @Message
    String ranking_intro();

    @Message
    String ranking_none();

    @Message
    String ranking_caption();

    @Message
    String ranking_rank();

    @Message
    String ranking_service();

    @Message
    String ranking_suitability();

    @Message
    String ranking_score();

    @Message
    String ranking_respondents();

    @Message
    String ranking_provisional();

    @Message
    String ranking_chosen();

    @Message
    String ranking_tie();

    @Message
    String ranking_not_assessed(String names);

    @Message
    String ranking_export_csv();

    @Message
    String ranking_export_pdf();

    @Message
    String chart_title();

    @Message
    String chart_desc();

    @Message
    String matrix_caption();

    @Message
    String matrix_criterion();

    @Message
    String matrix_group();

    @Message
    String matrix_extra();

    @Message
    String answer_yes();

    @Message
    String answer_no();

    @Message
    String answer_unknown();

    @Message
    String answer_none();

    @Message
    String effect_for();

    @Message
    String effect_against();

    @Message
    String effect_unknown();

    @Message
    String explain_title();

    @Message
    String explain_for();

    @Message
    String explain_against();

    @Message
    String explain_none();

    @Message
    String explain_whatif();

    @Message
    String explain_whatif_item(String criterion, String answer, String before, String after);

    @Message
    String explain_whatif_none();

    @Message
    String explain_actions();

    @Message
    String choose_title();

    @Message
    String choose_intro();

    @Message
    String choose_service();

    @Message
    String choose_reason();

    @Message
    String choose_reason_help();

    @Message
    String choose_submit();

    @Message
    String choose_done();

    @Message
    String choose_current(String name);

    @Message
    String history_caption();

    @Message
    String history_when();

    @Message
    String history_who();

    @Message
    String history_reason();

    @Message
    String step_note_chosen(String name);

    @Message
    String csv_rank();

    @Message
    String csv_service();

    @Message
    String csv_suitability();

    @Message
    String csv_score();

    @Message
    String csv_status();

    @Message
    String csv_respondents();

    @Message
    String csv_chosen();

    @Message
    String ranking_printed(String date);

    @Message
    String dashboard_chosen(String name);

    @Message
    String dashboard_reason(String reason);

    @Message
    String dashboard_chosen_on(String date);

    @Message
    String dashboard_ranking();
}
