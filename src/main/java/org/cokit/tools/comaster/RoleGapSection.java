package org.cokit.tools.comaster;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cokit.engine.ResultSection;
import org.cokit.engine.definition.ParticipantRole;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.i18n.Language;
import org.cokit.web.MasterMessages;

/** CoMaster's result section: how staff, users and partners see each dimension, and where they differ. */
@ApplicationScoped
public class RoleGapSection implements ResultSection {

    private final RoleGapService gaps;

    public RoleGapSection(RoleGapService gaps) {
        this.gaps = gaps;
    }

    @Override
    public String toolId() {
        return CoMasterTool.ID;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Content> content(long assessmentId, Language language) {
        return gaps.of(assessmentId).map(report -> content(report, language));
    }

    private static Content content(RoleGapService.Report report, Language language) {
        MasterMessages m = MessageBundles.get(MasterMessages.class, Localized.Literal.of(language.tag()));
        Questionnaire questionnaire = report.questionnaire();
        List<ParticipantRole> roles = questionnaire.participantRoles();
        List<String> lines = new ArrayList<>();
        lines.add(m.gap_intro());
        lines.add(m.gap_participants(roles.stream().map(r -> r.label().in(language) + " "
                + report.submissions().getOrDefault(r.id(), 0)).collect(Collectors.joining(", "))));
        if (report.submissions().isEmpty()) {
            lines.add(m.gap_none());
            return new Content("role-gaps", m.gap_title(), lines, null, null, null);
        }
        lines.add(m.gap_summary((int) report.flagged(), report.gaps().size()));
        List<String> headers = new ArrayList<>();
        headers.add(m.gap_dimension());
        roles.forEach(r -> headers.add(r.label().in(language)));
        headers.add(m.gap_difference());
        List<Row> rows = report.gaps().stream().map(gap -> {
            List<String> cells = new ArrayList<>();
            roles.forEach(r -> cells.add(number(gap.means().get(r.id()), language, m)));
            cells.add(number(gap.difference(), language, m));
            String name = questionnaire.section(gap.dimension()).map(s -> s.title().in(language))
                    .orElse(gap.dimension());
            return new Row(name, cells, gap.flagged() ? m.gap_flagged() : null);
        }).toList();
        return new Content("role-gaps", m.gap_title(), lines, new Table(m.gap_title(), headers, rows), null, null);
    }

    /** One decimal, in the reader's convention (3.5 or 3,5). */
    private static String number(Double value, Language language, MasterMessages m) {
        return value == null ? m.gap_no_answers() : String.format(Locale.forLanguageTag(language.tag()), "%.1f",
                value);
    }
}
