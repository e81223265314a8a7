package org.cokit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every interface text, by key. The texts live in {@code messages/msg_<language>.properties}; English is complete and
 * is the fallback; a test fails when another language lacks a key. Templates use {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_members();

    @Message
    String nav_organisations();

    @Message
    String nav_api();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String signed_in_as(String name);

    @Message
    String language_label();

    @Message
    String language_change();

    @Message
    String footer_text();

    @Message
    String footer_api();

    @Message
    String session_warning();

    @Message
    String session_extend();

    @Message
    String session_extended();

    @Message
    String session_ended();

    @Message
    String login_title();

    @Message
    String login_email();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_failed();

    @Message
    String login_logged_out();

    @Message
    String login_elsewhere();

    @Message
    String login_demo_title();

    @Message
    String login_demo_text(String password);

    @Message
    String home_intro_title();

    @Message
    String home_intro_text();

    @Message
    String home_intro_login();

    @Message
    String home_title(String name);

    @Message
    String home_steps_title();

    @Message
    String home_no_organisation();

    @Message
    String home_roles(String roles);

    @Message
    String step_label(int number);

    @Message
    String step_status();

    @Message
    String step_next();

    @Message
    String step_status_not_started();

    @Message
    String step_status_in_progress();

    @Message
    String step_status_done();

    @Message
    String step_status_coming();

    @Message
    String step_coready_name();

    @Message
    String step_coready_text();

    @Message
    String step_coserve_name();

    @Message
    String step_coserve_text();

    @Message
    String step_conew_name();

    @Message
    String step_conew_text();

    @Message
    String step_comaster_name();

    @Message
    String step_comaster_text();

    @Message
    String step_next_not_available();

    @Message
    String step_next_wait_coordinator();

    @Message
    String step_next_answer();

    @Message
    String step_next_open_round();

    @Message
    String members_title(String organisation);

    @Message
    String members_caption(String organisation);

    @Message
    String members_name();

    @Message
    String members_email();

    @Message
    String members_roles();

    @Message
    String invite_title();

    @Message
    String invite_intro(long days);

    @Message
    String invite_email();

    @Message
    String invite_name();

    @Message
    String invite_roles();

    @Message
    String invite_submit();

    @Message
    String invite_done(String email, String date);

    @Message
    String invite_mailed(String email);

    @Message
    String invite_link();

    @Message
    String invitations_title();

    @Message
    String invitations_none();

    @Message
    String invitation_expires();

    @Message
    String invitation_revoke();

    @Message
    String invitation_revoke_for(String email);

    @Message
    String invitation_revoked();

    @Message
    String role_respondent();

    @Message
    String role_respondent_help();

    @Message
    String role_coordinator();

    @Message
    String role_coordinator_help();

    @Message
    String role_manager();

    @Message
    String role_manager_help();

    @Message
    String role_admin();

    @Message
    String invitation_title(String organisation);

    @Message
    String invitation_intro(String name, String organisation, String roles);

    @Message
    String invitation_login_name(String email);

    @Message
    String invitation_password();

    @Message
    String invitation_password_help(int min);

    @Message
    String invitation_password_repeat();

    @Message
    String invitation_submit();

    @Message
    String invitation_invalid_title();

    @Message
    String invitation_invalid_text();

    @Message
    String invitation_accepted();

    @Message
    String organisations_title();

    @Message
    String organisations_caption();

    @Message
    String organisations_none();

    @Message
    String organisation_name();

    @Message
    String organisation_country();

    @Message
    String organisation_level();

    @Message
    String organisation_sector();

    @Message
    String organisation_size();

    @Message
    String organisation_language();

    @Message
    String organisation_benchmark();

    @Message
    String organisation_benchmark_help();

    @Message
    String organisation_benchmark_yes();

    @Message
    String organisation_benchmark_no();

    @Message
    String organisation_create_title();

    @Message
    String organisation_create_submit();

    @Message
    String organisation_created(String name);

    @Message
    String organisation_invite_title(String organisation);

    @Message
    String choose();

    @Message
    String level_NATIONAL();

    @Message
    String level_REGIONAL();

    @Message
    String level_LOCAL();

    @Message
    String sector_GENERAL_ADMINISTRATION();

    @Message
    String sector_ECONOMIC_AFFAIRS();

    @Message
    String sector_ENVIRONMENT();

    @Message
    String sector_HOUSING_AND_COMMUNITY();

    @Message
    String sector_HEALTH();

    @Message
    String sector_CULTURE_AND_RECREATION();

    @Message
    String sector_EDUCATION();

    @Message
    String sector_SOCIAL_PROTECTION();

    @Message
    String sector_PUBLIC_ORDER_AND_SAFETY();

    @Message
    String sector_OTHER();

    @Message
    String size_UP_TO_49();

    @Message
    String size_FROM_50_TO_249();

    @Message
    String size_FROM_250_TO_999();

    @Message
    String size_FROM_1000();

    @Message
    String form_errors_title(int count);

    @Message
    String form_required();

    @Message
    String error_required();

    @Message
    String error_too_long(int max);

    @Message
    String error_too_short(int min);

    @Message
    String error_email();

    @Message
    String error_invalid_choice();

    @Message
    String error_mismatch();

    @Message
    String error_unknown_country();

    @Message
    String error_pattern();

    @Message
    String error_out_of_range();

    @Message
    String error_conflict();

    @Message
    String error_csrf();

    @Message
    String error_page_title(int status, String title);

    @Message
    String error_400_title();

    @Message
    String error_400_text();

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_409_title();

    @Message
    String error_409_text();

    @Message
    String error_500_title();

    @Message
    String error_500_text();

    @Message
    String error_back_home();

    @Message
    String nav_assessments();

    @Message
    String assessments_title();

    @Message
    String assessments_none();

    @Message
    String assessment_status();

    @Message
    String assessment_tool();

    @Message
    String assessment_status_draft();

    @Message
    String assessment_status_open();

    @Message
    String assessment_status_closed();

    @Message
    String assessment_since_draft();

    @Message
    String assessment_since_open();

    @Message
    String assessment_since_closed();

    @Message
    String assessment_start();

    @Message
    String assessment_continue();

    @Message
    String assessment_view();

    @Message
    String assessment_your_answers();

    @Message
    String assessment_you_submitted(String date);

    @Message
    String assessment_open_action();

    @Message
    String assessment_close_action();

    @Message
    String assessment_respondents();

    @Message
    String assessment_respondents_none();

    @Message
    String assessment_submitted_count(int submitted, int started);

    @Message
    String assessment_respondent_name();

    @Message
    String assessment_respondent_status();

    @Message
    String submission_status_draft();

    @Message
    String submission_status_submitted();

    @Message
    String assessment_create_title();

    @Message
    String assessment_create_intro();

    @Message
    String assessment_title_field();

    @Message
    String assessment_title_help();

    @Message
    String assessment_create_submit();

    @Message
    String assessment_created();

    @Message
    String assessment_opened();

    @Message
    String assessment_closed();

    @Message
    String assessment_changed();

    @Message
    String assessment_not_open();

    @Message
    String assessment_close_title(String title);

    @Message
    String assessment_close_text();

    @Message
    String assessment_close_confirm();

    @Message
    String assessment_close_cancel();

    @Message
    String section_position(int number, int count);

    @Message
    String progress_text(int answered, int visible);

    @Message
    String sections_nav();

    @Message
    String section_counts(int answered, int visible);

    @Message
    String question_not_applicable();

    @Message
    String question_number();

    @Message
    String question_number_between(String min, String max);

    @Message
    String question_number_at_least(String min);

    @Message
    String question_number_at_most(String max);

    @Message
    String question_max_length(int max);

    @Message
    String answer_yes();

    @Message
    String answer_no();

    @Message
    String answer_none();

    @Message
    String save_continue();

    @Message
    String save_back();

    @Message
    String section_saved_new_questions();

    @Message
    String stale_title();

    @Message
    String stale_text();

    @Message
    String stale_reload();

    @Message
    String stale_or();

    @Message
    String readonly_closed();

    @Message
    String readonly_submitted(String date);

    @Message
    String save_refused_closed();

    @Message
    String save_refused_submitted();

    @Message
    String autosave_saving();

    @Message
    String autosave_saved();

    @Message
    String autosave_saved_changed();

    @Message
    String autosave_show_changed();

    @Message
    String autosave_not_saved(String reason);

    @Message
    String autosave_problem(String question, String problem);

    @Message
    String autosave_stale();

    @Message
    String autosave_failed();

    @Message
    String review_title();

    @Message
    String review_intro();

    @Message
    String review_counts(int answered, int visible, int requiredAnswered, int required);

    @Message
    String review_missing();

    @Message
    String review_complete();

    @Message
    String review_submit();

    @Message
    String review_cannot_submit(int count);

    @Message
    String review_changed();

    @Message
    String review_submitted_now();

    @Message
    String back_to_assessments();

    @Message
    String error_not_a_number();

    @Message
    String error_between(String min, String max);

    @Message
    String error_at_least(String min);

    @Message
    String error_at_most(String max);

    @Message
    String error_not_applicable_combined();

    @Message
    String error_date();

    @Message
    String nav_roadmap();

    @Message
    String step_next_coserve();

    @Message
    String nav_dashboard();

    @Message
    String nav_audit();

    @Message
    String step_next_conew();

    @Message
    String step_next_conew_feedback();

    @Message
    String login_sso(String provider);
}
