package org.cokit.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cokit.comparison.Comparison;
import org.cokit.comparison.ComparisonService;
import org.cokit.comparison.NodeComparison;
import org.cokit.comparison.PeerGroup;
import org.cokit.comparison.Refusal;
import org.cokit.engine.DashboardCard;
import org.cokit.engine.ToolDefinition;
import org.cokit.engine.ToolRegistry;
import org.cokit.engine.ToolStep;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.error.ConflictException;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.cokit.report.chart.BarChart;
import org.cokit.scoring.dex.DexScale;
import org.cokit.scoring.results.ResultHistory;
import org.cokit.scoring.results.ResultHistoryView;
import org.cokit.scoring.roadmap.RoadmapAction;
import org.cokit.scoring.roadmap.RoadmapService;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.Scale;
import org.cokit.web.ComparisonMessages;
import org.cokit.web.RequestLanguage;

/**
 * One page per organisation for its managers and coordinators, and its PDF: per scored tool the latest closed
 * round with its areas, the trend over rounds (or, for a tool that assesses several subjects, the latest round of
 * each) and the position among all peers; the cards tools contribute ({@link DashboardCard}); the open roadmap
 * actions. Tools are found through the registry, never named.
 */
@Path("/dashboard")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class DashboardPage {

    @Inject
    OrganisationScope scope;

    @Inject
    ToolRegistry tools;

    @Inject
    Instance<ToolStep> steps;

    @Inject
    Instance<DashboardCard> cards;

    @Inject
    AssessmentService assessments;

    @Inject
    ResultHistory history;

    @Inject
    RoadmapService roadmap;

    @Inject
    ComparisonService comparisons;

    @Inject
    RequestLanguage language;

    @Inject
    ActionTitleLanguage titleLanguage;

    @Inject
    PdfRenderer pdf;

    @Inject
    Clock clock;

    /** Everything the page shows, worked out here. */
    public record Page(String organisation, boolean print, String printedOn, List<ToolSection> tools,
            List<ActionRow> actions, String actionsSummary, boolean showSharing) {
    }

    /**
     * One tool: its cards, then either its latest round with areas and trend ({@code latest}), or, when it assessed
     * several subjects, the latest round of each ({@code subjects}); {@code empty} when no round has a result yet.
     */
    public record ToolSection(String id, String name, List<DashboardCard.Content> cards, Latest latest,
            BarChart trend, String trendText, BarChart subjects, List<SubjectLink> subjectLinks, Peers peers,
            String empty) {
    }

    public record Latest(long assessmentId, String round, String overall, String tone, BarChart areas,
            String resultLink) {
    }

    /** A link to the latest result of one subject, and when it closed and how many rounds the subject has. */
    public record SubjectLink(String href, String text, String closed) {
    }

    /** The position among all peers: which round (for tools with subjects), then the figures or the reason. */
    public record Peers(String round, String text, boolean notShared) {
    }

    /** {@code titleLang}: the title's language where it is not the page's. */
    public record ActionRow(long id, String title, String tool, String owner, String status, String due,
            boolean overdue, String titleLang) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Page page);

        static native TemplateInstance pdf(Page page, String lang);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.dashboard(page(false));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response download(@Context UriInfo uri) {
        String html = Templates.pdf(page(true), language.get().tag()).render();
        byte[] document = pdf.render(html, uri.getBaseUri().toString());
        return Response.ok(document).header("Content-Disposition", "attachment; filename=\"dashboard.pdf\"")
                .build();
    }

    /** The admin belongs to no organisation, so has no dashboard: 404, like any organisation data it cannot see. */
    private Page page(boolean print) {
        Caller caller = scope.caller().filter(c -> c.organisationId() != null).orElseThrow(NotFoundException::new);
        Organisation organisation = scope.organisation(caller.organisationId()).orElseThrow(NotFoundException::new);
        DashboardMessages d = texts();
        ReportMessages t = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.get().tag()));
        List<ToolSection> sections = sections(caller, d, t);
        List<ActionRow> actions = actions(t, d);
        long overdue = actions.stream().filter(ActionRow::overdue).count();
        boolean showSharing = !print && caller.has(Role.COORDINATOR) && !organisation.benchmarkOptIn;
        return new Page(organisation.name, print, t.result_printed(language.formatDate(clock.instant())), sections,
                actions, d.actions_summary(actions.size(), (int) overdue), showSharing);
    }

    /** The tools the organisation used or that contribute a card, in the order of their steps on the home page. */
    private List<ToolSection> sections(Caller caller, DashboardMessages d, ReportMessages t) {
        Language lang = language.get();
        Map<String, List<DashboardCard.Content>> byTool = new LinkedHashMap<>();
        for (DashboardCard card : cards) {
            card.content(caller, lang).ifPresent(c -> byTool.computeIfAbsent(card.toolId(), k -> new ArrayList<>())
                    .add(c));
        }
        List<String> ids = new ArrayList<>(tools.ids());
        byTool.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        Map<String, Integer> order = new LinkedHashMap<>();
        steps.forEach(s -> order.put(s.id(), s.order()));
        ids.sort(Comparator.comparing((String id) -> order.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder()));
        List<ToolSection> sections = new ArrayList<>();
        for (String id : ids) {
            List<DashboardCard.Content> toolCards = byTool.getOrDefault(id, List.of());
            Optional<ToolDefinition> tool = tools.find(id).filter(x -> x.ruleSetId().isPresent());
            List<Assessment> used = tool.isPresent() ? assessments.list(id, null) : List.of();
            if (used.isEmpty() && toolCards.isEmpty()) {
                continue;
            }
            sections.add(section(id, toolCards, used, d, t));
        }
        return sections;
    }

    private ToolSection section(String toolId, List<DashboardCard.Content> toolCards, List<Assessment> used,
            DashboardMessages d, ReportMessages t) {
        String name = language.toolName(toolId);
        // the latest closed round of each subject (one group for tools about the organisation itself)
        Map<Long, Assessment> latestBySubject = new LinkedHashMap<>();
        used.stream().filter(a -> a.status == AssessmentStatus.CLOSED && a.closedAt != null)
                .sorted(Comparator.comparing((Assessment a) -> a.closedAt).reversed())
                .forEach(a -> latestBySubject.putIfAbsent(a.subjectId == null ? -1L : a.subjectId, a));
        List<List<ResultHistory.Round>> histories = new ArrayList<>();
        for (Assessment latest : latestBySubject.values()) {
            List<ResultHistory.Round> rounds = history.of(latest.id).orElse(List.of());
            if (!rounds.isEmpty()) {
                histories.add(rounds);
            }
        }
        if (histories.isEmpty()) {
            return new ToolSection(toolId, name, toolCards, null, null, null, null, List.of(), null,
                    used.isEmpty() ? null : t.result_trend_none());
        }
        ResultHistory.Round newest = histories.stream().map(h -> h.get(h.size() - 1))
                .max(Comparator.comparing(ResultHistory.Round::closedAt)
                        .thenComparing(ResultHistory.Round::assessmentId)).orElseThrow();
        if (histories.size() == 1) {
            List<ResultHistory.Round> rounds = histories.get(0);
            Latest latest = latest(toolId, newest, d, t);
            BarChart trend = rounds.size() < 2 ? null : trend(toolId, rounds, t);
            return new ToolSection(toolId, name, toolCards, latest, trend, trend == null ? t.result_trend_first()
                    : null, null, List.of(), peers(newest, null, d, t), null);
        }
        List<List<ResultHistory.Round>> sorted = histories.stream()
                .sorted(Comparator.comparing(h -> roundName(h.get(h.size() - 1), toolId))).toList();
        List<BarChart.Item> items = new ArrayList<>();
        List<SubjectLink> links = new ArrayList<>();
        for (List<ResultHistory.Round> rounds : sorted) {
            ResultHistory.Round last = rounds.get(rounds.size() - 1);
            String label = roundName(last, toolId);
            Scale scale = last.ruleSet().root().scale();
            items.add(BarChart.Item.of(label, last.root().isKnown() ? last.root().score() : null,
                    valueText(scale, last.root(), t), tone(scale, last.root())));
            links.add(new SubjectLink("/assessments/" + last.assessmentId() + "/result", d.open_result(label),
                    d.subject_closed(language.formatDate(last.closedAt()), rounds.size())));
        }
        BarChart subjects = BarChart.of("chart-" + toolId + "-subjects", d.subjects(),
                d.subjects_desc(items.size()), d.subject(), t.result_chart_value(), null, items);
        String which = d.peers_round(roundName(newest, toolId), language.formatDate(newest.closedAt()));
        return new ToolSection(toolId, name, toolCards, null, null, null, subjects, links,
                peers(newest, which, d, t), null);
    }

    private Latest latest(String toolId, ResultHistory.Round round, DashboardMessages d, ReportMessages t) {
        Language lang = language.get();
        Attribute root = round.ruleSet().root();
        String label = roundName(round, toolId);
        String overall = root.name(lang) + ": " + (round.root().isKnown()
                ? ResultHistoryView.label(root.scale(), round.root(), lang) + " – " + t.result_score(score(round
                        .root().score()))
                : t.result_no_value());
        List<BarChart.Item> items = new ArrayList<>();
        round.children().forEach((id, value) -> round.ruleSet().attribute(id).ifPresent(a -> items.add(
                BarChart.Item.of(a.name(lang), value.isKnown() ? value.score() : null, valueText(a.scale(), value,
                        t), tone(a.scale(), value)))));
        BarChart areas = items.isEmpty() ? null : BarChart.of("chart-" + toolId + "-areas", t.result_areas(),
                t.result_chart_desc(items.size()), t.result_chart_area(), t.result_chart_value(), null, items);
        return new Latest(round.assessmentId(), d.round_closed(label, language.formatDate(round.closedAt())),
                overall, tone(root.scale(), round.root()), areas, d.open_result(label));
    }

    private BarChart trend(String toolId, List<ResultHistory.Round> rounds, ReportMessages t) {
        List<BarChart.Item> items = rounds.stream().map(r -> {
            Scale scale = r.ruleSet().root().scale();
            String when = language.formatDate(r.closedAt());
            return BarChart.Item.of(r.title() == null ? when : r.title() + " (" + when + ")",
                    r.root().isKnown() ? r.root().score() : null, valueText(scale, r.root(), t), "neutral");
        }).toList();
        return BarChart.of("chart-" + toolId + "-trend", t.result_trend(), t.result_trend_desc(items.size()),
                t.result_trend_round(), t.result_chart_value(), null, items);
    }

    /** The overall node's percentile rank and the median of all organisations that share, or why there is none. */
    private Peers peers(ResultHistory.Round round, String which, DashboardMessages d, ReportMessages t) {
        ComparisonMessages c = MessageBundles.get(ComparisonMessages.class, Localized.Literal.of(language.get()
                .tag()));
        Optional<Comparison> found;
        try {
            found = comparisons.compare(round.assessmentId(), PeerGroup.ALL);
        } catch (ConflictException e) {
            boolean notShared = ComparisonService.NOT_OPTED_IN.equals(e.code());
            return new Peers(which, notShared ? t.compare_not_shared() : t.compare_no_result(), notShared);
        }
        if (found.isEmpty()) {
            return new Peers(which, t.compare_no_result(), false);
        }
        Comparison comparison = found.get();
        if (comparison.isRefused()) {
            return new Peers(which, refusal(comparison.refused(), c), false);
        }
        String rootId = round.ruleSet().root().id();
        Optional<NodeComparison> node = comparison.nodes().stream().filter(n -> n.nodeId().equals(rootId))
                .findFirst();
        if (node.isEmpty() || node.get().score() == null) {
            return new Peers(which, d.peers_no_score(), false);
        }
        if (node.get().isRefused()) {
            return new Peers(which, refusal(node.get().refused(), c), false);
        }
        var figures = node.get().peers();
        String percentile = figures.percentileRank() == null ? t.result_no_value()
                : score(figures.percentileRank());
        return new Peers(which, d.peers_figures(percentile,
                Long.toString(figures.organisations()), score(figures.median())), false);
    }

    private static String refusal(Refusal refusal, ComparisonMessages c) {
        return refusal == Refusal.OVERLAPPING_GROUP ? c.comparison_overlapping() : c.comparison_too_few();
    }

    /** The unfinished actions, those due soonest first (overdue ones on top), those without a date last. */
    private List<ActionRow> actions(ReportMessages t, DashboardMessages d) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return roadmap.list(null).stream().filter(a -> !a.status.isFinished())
                .sorted(Comparator.comparing((RoadmapAction a) -> a.dueDate,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(a -> a.title))
                .map(a -> {
                    boolean overdue = a.dueDate != null && a.dueDate.isBefore(today);
                    String due = a.dueDate == null ? d.no_due()
                            : language.formatDate(a.dueDate.atStartOfDay(ZoneOffset.UTC).toInstant());
                    return new ActionRow(a.id, a.title, language.toolName(a.tool), a.owner,
                            ActionFields.label(a.status, t), overdue ? d.due_overdue(due) : due, overdue,
                            titleLanguage.of(a, language.get()));
                }).toList();
    }

    /** A round's title, or the tool's name when it has none. */
    private String roundName(ResultHistory.Round round, String toolId) {
        return round.title() == null || round.title().isBlank() ? language.toolName(toolId) : round.title();
    }

    private String valueText(Scale scale, ResultHistory.StoredValue value, ReportMessages t) {
        String label = ResultHistoryView.label(scale, value, language.get());
        return label == null || value.score() == null ? t.result_no_value()
                : t.result_value(label, score(value.score()));
    }

    private static String tone(Scale scale, ResultHistory.StoredValue value) {
        if (!value.isKnown()) {
            return "neutral";
        }
        DexScale.Group low = scale.group(value.levelMin());
        DexScale.Group group = Objects.equals(low, scale.group(value.levelMax())) ? low : DexScale.Group.NEUTRAL;
        return switch (group) {
            case GOOD -> "good";
            case BAD -> "bad";
            default -> "neutral";
        };
    }

    private static String score(double score) {
        return Long.toString(Math.round(score));
    }

    private DashboardMessages texts() {
        return MessageBundles.get(DashboardMessages.class, Localized.Literal.of(language.get().tag()));
    }
}
