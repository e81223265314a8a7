package org.cokit.tools.comaster;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.DashboardCard;
import org.cokit.engine.ResultSection;
import org.cokit.i18n.Language;
import org.cokit.organisation.OrganisationScope;
import org.cokit.web.MasterMessages;

/**
 * Beside CoMaster's quality report, what service users said about the renewed service's journey: the content of the
 * dashboard card of the journey tool (CoNew, the step before CoMaster), when that tool has one to show. Found through
 * the {@link DashboardCard} seam by the tool's id, so CoMaster needs nothing of CoNew's code.
 */
@ApplicationScoped
public class CoNewFeedbackSection implements ResultSection {

    /** The tool whose feedback summary CoMaster shows: the journey step that precedes it. */
    static final String JOURNEY_TOOL = "conew";

    private final Instance<DashboardCard> cards;
    private final OrganisationScope scope;

    public CoNewFeedbackSection(Instance<DashboardCard> cards, OrganisationScope scope) {
        this.cards = cards;
        this.scope = scope;
    }

    @Override
    public String toolId() {
        return CoMasterTool.ID;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Content> content(long assessmentId, Language language) {
        return scope.caller().flatMap(caller -> cards.stream().filter(card -> JOURNEY_TOOL.equals(card.toolId()))
                .flatMap(card -> card.content(caller, language).stream()).findFirst()).map(card -> {
                    MasterMessages m = MessageBundles.get(MasterMessages.class, Localized.Literal.of(language.tag()));
                    List<String> lines = new ArrayList<>();
                    lines.add(card.title());
                    lines.addAll(card.lines());
                    return new Content("journey-feedback", m.feedback_title(), lines, null, card.href(),
                            card.linkText());
                });
    }
}
