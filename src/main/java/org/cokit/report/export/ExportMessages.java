package org.cokit.report.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the exports and their links, in {@code messages/exp_<language>.properties}; templates use {@code {exp:key}}. */
@MessageBundle(value = "exp", locale = "en")
public interface ExportMessages {

    @Message
    String export_title();

    @Message
    String export_intro();

    @Message
    String export_csv();

    @Message
    String export_xlsx();

    @Message
    String export_codebook();

    @Message
    String codebook_respondent();

    @Message
    String codebook_submitted_at();

    @Message
    String codebook_comment(String question);

    @Message
    String result_none();

    @Message
    String result_comparison();

    @Message
    String result_input();

    @Message
    String organisation_export_title();

    @Message
    String organisation_export_text();

    @Message
    String organisation_export_link();
}
