package org.cokit.tools.coserve;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.DashboardCard;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;

/** CoServe's card on the dashboard: the service chosen for renewal, why and when; nothing before a choice. */
@ApplicationScoped
public class CoServeDashboardCard implements DashboardCard {

    private final CoServeService services;

    public CoServeDashboardCard(CoServeService services) {
        this.services = services;
    }

    @Override
    public String toolId() {
        return CoServeTool.ID;
    }

    @Override
    public Optional<Content> content(Caller caller, Language language) {
        if (caller.organisationId() == null) {
            return Optional.empty();
        }
        ServeMessages m = MessageBundles.get(ServeMessages.class, Localized.Literal.of(language.tag()));
        return services.chosen(caller.organisationId()).map(chosen -> new Content(m.dashboard_chosen(chosen.name()),
                List.of(m.dashboard_reason(chosen.reason()), m.dashboard_chosen_on(DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.LONG).withLocale(language.dateLocale())
                        .format(chosen.chosenAt().atZone(ZoneOffset.UTC)))),
                "/services/ranking", m.dashboard_ranking()));
    }
}
