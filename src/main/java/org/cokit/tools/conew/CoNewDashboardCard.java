package org.cokit.tools.conew;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.DashboardCard;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;

/**
 * CoNew's card on the dashboard (and in CoMaster's report): how many annotations the chosen service's journey has,
 * the stage that felt worst, the most supported idea, and a link to the feedback; nothing before there is a journey.
 */
@ApplicationScoped
public class CoNewDashboardCard implements DashboardCard {

    private final FeedbackService feedback;

    public CoNewDashboardCard(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public String toolId() {
        return CoNewStep.ID;
    }

    @Override
    public Optional<Content> content(Caller caller, Language language) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        ConewMessages m = MessageBundles.get(ConewMessages.class, Localized.Literal.of(language.tag()));
        return feedback.ofChosenService(caller.organisationId()).map(f -> {
            List<String> lines = new ArrayList<>();
            lines.add(m.card_annotations(f.annotations()));
            f.stages().stream().filter(s -> s.stageId() == (f.worstStageId() == null ? -1 : f.worstStageId()))
                    .findFirst().ifPresent(s -> lines.add(m.card_worst(s.name(),
                            String.format(language.locale(), "%.1f", s.feelingAverage()))));
            f.ideas().stream().findFirst().ifPresent(i -> lines.add(m.card_top_idea(i.idea(), i.stageName(),
                    i.support())));
            if (f.annotations() == 0) {
                lines.add(m.card_none());
            }
            return new Content(m.card_title(f.title()), lines, "/journeys/" + f.journeyId() + "/feedback",
                    m.card_link());
        });
    }

}
