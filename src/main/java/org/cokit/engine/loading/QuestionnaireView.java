package org.cokit.engine.loading;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.cokit.i18n.Language;

/**
 * A questionnaire definition as the API shows it. Texts are objects keyed by language, or plain strings in one
 * language (with English where a translation is missing) when the caller picks one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnaireView(String id, int version, Object title, Object description, List<SectionView> sections,
        List<RoleView> participantRoles) {

    /** {@code roles}: the participant roles a section or question is for; absent for every role. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(String id, Object title, Object description, List<QuestionView> questions,
            Boolean extra, List<String> roles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String id, String type, Object text, Object help, boolean required,
            boolean allowNotApplicable, List<OptionView> options, BigDecimal min, BigDecimal max, Integer maxLength,
            String showIf, String requiredIf, List<String> roles) {
    }

    public record RoleView(String id, Object label) {
    }

    public record OptionView(String id, Object label) {
    }

    /** @param language the one language to show, or null for all of them */
    public static QuestionnaireView of(Questionnaire q, Language language) {
        return new QuestionnaireView(q.id(), q.version(), text(q.title(), language), text(q.description(), language),
                q.sections().stream().map(s -> section(s, language)).toList(), q.participantRoles().isEmpty() ? null
                        : q.participantRoles().stream().map(r -> new RoleView(r.id(), text(r.label(), language)))
                                .toList());
    }

    private static SectionView section(Section s, Language language) {
        return new SectionView(s.id(), text(s.title(), language), text(s.description(), language),
                s.questions().stream().map(q -> question(q, language)).toList(), s.extra() ? Boolean.TRUE : null,
                s.roles().isEmpty() ? null : s.roles());
    }

    private static QuestionView question(Question q, Language language) {
        List<OptionView> options = q.options().isEmpty() ? null
                : q.options().stream().map(o -> option(o, language)).toList();
        return new QuestionView(q.id(), q.type().id(), text(q.text(), language), text(q.help(), language),
                q.required(), q.allowNotApplicable(), options, q.min(), q.max(), q.maxLength(),
                q.showIf() == null ? null : q.showIf().expression(),
                q.requiredIf() == null ? null : q.requiredIf().expression(), q.roles().isEmpty() ? null : q.roles());
    }

    private static OptionView option(Option o, Language language) {
        return new OptionView(o.id(), text(o.label(), language));
    }

    private static Object text(LocalizedText text, Language language) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (language != null) {
            return text.in(language);
        }
        Map<String, String> all = new LinkedHashMap<>();
        text.texts().forEach((l, t) -> all.put(l.tag(), t));
        return all;
    }
}
