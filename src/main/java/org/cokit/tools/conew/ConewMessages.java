package org.cokit.tools.conew;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * CoNew's interface texts, by key, in {@code messages/conew_<language>.properties}; templates use
 * {@code {conew:key}}. English is complete and the fallback.
 */
@MessageBundle(value = "conew", locale = "en")
public interface ConewMessages {

    @Message
    String journeys_title();

    @Message
    String journeys_intro();

    @Message
    String journeys_none();

    @Message
    String journey_title();

    @Message
    String journey_service();

    @Message
    String journey_stage_count();

    @Message
    String journey_created();

    @Message
    String journey_create_title();

    @Message
    String journey_create();

    @Message
    String journey_persona();

    @Message
    String journey_persona_help();

    @Message
    String journey_usual_stages();

    @Message
    String journey_no_service();

    @Message
    String journey_to_services();

    @Message
    String journey_for(String service);

    @Message
    String usual_aware();

    @Message
    String usual_apply();

    @Message
    String usual_processed();

    @Message
    String usual_receive();

    @Message
    String usual_follow_up();

    @Message
    String map_title();

    @Message
    String stages_title();

    @Message
    String stages_none();

    @Message
    String stage_position();

    @Message
    String stage_name();

    @Message
    String stage_user_action();

    @Message
    String stage_user_action_help();

    @Message
    String stage_actions();

    @Message
    String stage_move_up();

    @Message
    String stage_move_down();

    @Message
    String stage_edit();

    @Message
    String stage_add_title();

    @Message
    String stage_add();

    @Message
    String stage_heading(int position, String stage);

    @Message
    String stage_edit_title();

    @Message
    String stage_save();

    @Message
    String stage_delete_title();

    @Message
    String stage_delete_text();

    @Message
    String stage_delete();

    @Message
    String stage_delete_refused();

    @Message
    String touchpoints();

    @Message
    String touchpoints_none();

    @Message
    String touchpoint_add_title();

    @Message
    String touchpoint_add();

    @Message
    String touchpoint_name();

    @Message
    String touchpoint_name_help();

    @Message
    String touchpoint_channel();

    @Message
    String touchpoint_remove();

    @Message
    String links_title();

    @Message
    String links_intro();

    @Message
    String links_none();

    @Message
    String link_label();

    @Message
    String link_label_help();

    @Message
    String link_channel();

    @Message
    String link_any_channel();

    @Message
    String link_closes();

    @Message
    String link_closes_help();

    @Message
    String link_state();

    @Message
    String link_open();

    @Message
    String link_expired();

    @Message
    String link_revoked(String date);

    @Message
    String link_revoke();

    @Message
    String link_add_title();

    @Message
    String link_add();

    @Message
    String link_sheet_call();

    @Message
    String link_qr(String url);

    @Message
    String link_open_until(String date);

    @Message
    String link_once();

    @Message
    String link_print_hint();

    @Message
    String link_back();

    @Message
    String moderation_title();

    @Message
    String moderation_intro();

    @Message
    String moderation_show();

    @Message
    String moderation_filter();

    @Message
    String moderation_none();

    @Message
    String moderation_status();

    @Message
    String moderation_via();

    @Message
    String moderation_redacted();

    @Message
    String moderation_redacted_yes();

    @Message
    String moderation_publish();

    @Message
    String moderation_more(long id);

    @Message
    String moderation_reason();

    @Message
    String moderation_hide();

    @Message
    String moderation_merge_into();

    @Message
    String moderation_merge();

    @Message
    String moderation_merged_into(long id);

    @Message
    String moderation_redact_help();

    @Message
    String moderation_redact();

    @Message
    String moderation_waiting(int count);

    @Message
    String status_pending();

    @Message
    String status_published();

    @Message
    String status_hidden();

    @Message
    String status_merged();

    @Message
    String status_all();

    @Message
    String done_created();

    @Message
    String done_stage_added();

    @Message
    String done_stage_removed();

    @Message
    String done_moved();

    @Message
    String done_saved();

    @Message
    String done_touchpoint_added();

    @Message
    String done_touchpoint_removed();

    @Message
    String done_revoked();

    @Message
    String done_published();

    @Message
    String done_hidden();

    @Message
    String done_merged();

    @Message
    String done_redacted();

    @Message
    String feedback_title();

    @Message
    String feedback_intro();

    @Message
    String feedback_annotations();

    @Message
    String feedback_average();

    @Message
    String feedback_worst();

    @Message
    String feedback_stages();

    @Message
    String feedback_problems();

    @Message
    String feedback_problem_share();

    @Message
    String feedback_ideas();

    @Message
    String feedback_ideas_title();

    @Message
    String feedback_ideas_none();

    @Message
    String feedback_themes();

    @Message
    String feedback_themes_help();

    @Message
    String feedback_themes_none();

    @Message
    String feedback_csv();

    @Message
    String feedback_pdf();

    @Message
    String curve_title();

    @Message
    String curve_caption();

    @Message
    String curve_description(String values);

    @Message
    String strip_title();

    @Message
    String strip_caption();

    @Message
    String strip_axis();

    @Message
    String strip_description(String values);

    @Message
    String filter_title();

    @Message
    String filter_link();

    @Message
    String filter_all();

    @Message
    String filter_from();

    @Message
    String filter_to();

    @Message
    String filter_apply();

    @Message
    String filter_applied();

    @Message
    String printed_on(String date);

    @Message
    String csv_position();

    @Message
    String csv_stage();

    @Message
    String csv_annotations();

    @Message
    String csv_average();

    @Message
    String csv_problems();

    @Message
    String csv_problem_share();

    @Message
    String csv_ideas();

    @Message
    String csv_idea();

    @Message
    String csv_support();

    @Message
    String csv_word();

    @Message
    String csv_count();

    @Message
    String feeling_question();

    @Message
    String feeling_none();

    @Message
    String feeling_1();

    @Message
    String feeling_2();

    @Message
    String feeling_3();

    @Message
    String feeling_4();

    @Message
    String feeling_5();

    @Message
    String problem_label();

    @Message
    String problem_help();

    @Message
    String idea_label();

    @Message
    String idea_help();

    @Message
    String honeypot_label();

    @Message
    String contact_legend();

    @Message
    String contact_label();

    @Message
    String contact_help();

    @Message
    String contact_name();

    @Message
    String contact_email();

    @Message
    String error_nothing_said();

    @Message
    String public_title();

    @Message
    String public_languages();

    @Message
    String public_intro();

    @Message
    String public_stages();

    @Message
    String public_annotate_stage(String stage);

    @Message
    String public_ideas_count(int count);

    @Message
    String public_privacy_title();

    @Message
    String public_privacy();

    @Message
    String public_stage_heading(int position, String stage);

    @Message
    String public_form_title();

    @Message
    String public_form_intro();

    @Message
    String public_send();

    @Message
    String public_thanks();

    @Message
    String public_ideas_title();

    @Message
    String public_ideas_none();

    @Message
    String public_support();

    @Message
    String public_supported();

    @Message
    String public_already_supported();

    @Message
    String public_back();

    @Message
    String public_rate_limited();

    @Message
    String public_closed_title();

    @Message
    String public_closed_text();

    @Message
    String public_unknown_title();

    @Message
    String public_unknown_text();

    @Message
    String public_footer();

    @Message
    String support_count(long support);

    @Message
    String step_note(String title, int count);

    @Message
    String card_title(String title);

    @Message
    String card_annotations(int count);

    @Message
    String card_worst(String stage, String average);

    @Message
    String card_top_idea(String idea, String stage, long support);

    @Message
    String card_none();

    @Message
    String card_link();
}
