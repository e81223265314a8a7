package org.cokit.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of result reports, by key, in {@code messages/rep_<language>.properties}; templates use {@code {rep:key}}. */
@MessageBundle(value = "rep", locale = "en")
public interface ReportMessages {

    @Message
    String result_title();

    @Message
    String result_of(String title);

    @Message
    String result_pdf();

    @Message
    String result_back();

    @Message
    String result_live();

    @Message
    String result_frozen(String date);

    @Message
    String result_respondents(int count);

    @Message
    String result_printed(String date);

    @Message
    String result_overall();

    @Message
    String result_score(String score);

    @Message
    String result_range();

    @Message
    String result_nothing();

    @Message
    String result_not_scored();

    @Message
    String result_areas();

    @Message
    String result_chart_of(String name);

    @Message
    String result_chart_desc(int count);

    @Message
    String result_chart_area();

    @Message
    String result_chart_value();

    @Message
    String result_value(String label, String score);

    @Message
    String result_no_value();

    @Message
    String result_why();

    @Message
    String result_why_none();

    @Message
    String result_weak(String name, String label);

    @Message
    String result_weak_answers();

    @Message
    String result_whatif();

    @Message
    String result_whatif_intro();

    @Message
    String result_whatif_none();

    @Message
    String result_whatif_change(String from, String to);

    @Message
    String result_whatif_effect(String value);

    @Message
    String result_disputed();

    @Message
    String result_disputed_none();

    @Message
    String result_disputed_question();

    @Message
    String result_disputed_answers();

    @Message
    String result_disputed_level();

    @Message
    String result_count(String answer, int count);

    @Message
    String result_percent(String value);

    @Message
    String result_roadmap();

    @Message
    String result_roadmap_intro();

    @Message
    String result_roadmap_none();

    @Message
    String result_effort(String effort);

    @Message
    String effort_low();

    @Message
    String effort_medium();

    @Message
    String effort_high();

    @Message
    String result_resources();

    @Message
    String result_adopted(String owner, String status);

    @Message
    String result_adopted_due(String date);

    @Message
    String result_adopt(String title);

    @Message
    String result_adopt_button();

    @Message
    String result_adopt_owner();

    @Message
    String result_adopt_due();

    @Message
    String result_adopt_due_help();

    @Message
    String result_adopt_status();

    @Message
    String result_adopted_notice(String title);

    @Message
    String result_adopt_conflict();

    @Message
    String action_status_planned();

    @Message
    String action_status_in_progress();

    @Message
    String action_status_done();

    @Message
    String action_status_dropped();

    @Message
    String result_trend();

    @Message
    String result_trend_desc(int count);

    @Message
    String result_trend_round();

    @Message
    String result_trend_first();

    @Message
    String result_trend_none();

    @Message
    String result_trend_completed(String round);

    @Message
    String result_link();

    @Message
    String roadmap_title();

    @Message
    String roadmap_intro();

    @Message
    String roadmap_none();

    @Message
    String roadmap_tool();

    @Message
    String roadmap_owner();

    @Message
    String roadmap_status();

    @Message
    String roadmap_due();

    @Message
    String roadmap_adopted_on();

    @Message
    String roadmap_completed_on();

    @Message
    String roadmap_update(String title);

    @Message
    String roadmap_save();

    @Message
    String roadmap_saved(String title);

    @Message
    String roadmap_from_result();

    @Message
    String compare_title();

    @Message
    String compare_intro();

    @Message
    String compare_group();

    @Message
    String compare_show();

    @Message
    String group_all();

    @Message
    String group_country();

    @Message
    String group_level();

    @Message
    String group_sector();

    @Message
    String group_size();

    @Message
    String compare_open();

    @Message
    String compare_not_shared();

    @Message
    String compare_sharing();

    @Message
    String compare_no_result();

    @Message
    String compare_chart(String group);

    @Message
    String compare_chart_desc(int count);

    @Message
    String compare_median();

    @Message
    String compare_area();

    @Message
    String compare_own();

    @Message
    String compare_quartiles();

    @Message
    String compare_percentile();

    @Message
    String compare_organisations();

    @Message
    String compare_range(String low, String high);

    @Message
    String compare_withheld();
}
