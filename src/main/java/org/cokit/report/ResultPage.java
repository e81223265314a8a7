package org.cokit.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cokit.comparison.Comparison;
import org.cokit.comparison.ComparisonService;
import org.cokit.comparison.NodeComparison;
import org.cokit.comparison.PeerFigures;
import org.cokit.comparison.PeerGroup;
import org.cokit.comparison.Refusal;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import org.cokit.engine.ResultSection;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.answers.QuestionStatistics;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.cokit.report.chart.BarChart;
import org.cokit.scoring.roadmap.RoadmapAction;
import org.cokit.scoring.roadmap.RoadmapRequest;
import org.cokit.scoring.roadmap.RoadmapService;
import org.cokit.scoring.results.AssessmentResult;
import org.cokit.scoring.results.AssessmentResults;
import org.cokit.scoring.results.ResultHistory;
import org.cokit.scoring.results.ResultHistoryView;
import org.cokit.scoring.rules.Action;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.Explanation;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.ScoringResult;
import org.cokit.web.ComparisonMessages;
import org.cokit.web.Form;
import org.cokit.web.Messages;
import org.cokit.web.QuestionView;
import org.cokit.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The result of any scored assessment as a page and as a PDF with the same content: the overall value, a chart per
 * level of the tree, why it is what it is, what single change would raise it, where respondents disagree, the
 * recommended roadmap (which a coordinator adopts here) and the trend over the tool's closed rounds, plus the
 * sections the assessment's tool contributes ({@link ResultSection}).
 */
@Path("/assessments/{id}/result")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
public class ResultPage {

    /** How many disputed questions and what-if steps the page lists at most. */
    static final int LIMIT = 5;

    @Inject
    AssessmentResults results;

    @Inject
    ResultHistory history;

    @Inject
    AssessmentService assessments;

    @Inject
    RoadmapService roadmap;

    @Inject
    OrganisationScope scope;

    @Inject
    RequestLanguage language;

    @Inject
    PdfRenderer pdf;

    @Inject
    ComparisonService comparisons;

    @Inject
    Clock clock;

    @Inject
    Instance<ResultSection> toolSections;

    /** Everything the page shows, worked out here. */
    public record Page(long id, String title, String toolName, boolean live, String statusText, String respondents,
            Overall overall, List<BarChart> charts, List<Weak> weak, List<WhatIf> whatIf, List<Disputed> disputed,
            List<Idea> ideas, BarChart trend, List<TrendNote> trendNotes, String trendText, boolean print,
            String printedOn, String notice, Form form, List<ActionFields.StatusOption> statuses, Peers peers,
            List<String> strong, List<ResultSection.Content> extras) {

        public boolean scored() {
            return overall != null;
        }
    }

    public record Overall(String name, String label, String score, String tone, boolean range) {
    }

    public record Weak(String name, String label, List<String> answers) {
    }

    public record WhatIf(String question, String change, String effect) {
    }

    public record Disputed(String question, String answers, String disagreement) {
    }

    public record Resource(String title, String url) {
    }

    /** A recommended action; {@code adopted} is the roadmap entry while one is unfinished, else the adopt form shows. */
    public record Idea(String id, String title, String text, String effort, List<Resource> resources, String adopted,
            boolean canAdopt, ActionFields fields) {
    }

    public record TrendNote(String round, List<String> completed) {
    }

    /**
     * The comparison with a peer group: either {@code message} (why there is none) or the chart and rows; the
     * group picker shows whenever the organisation shares its results.
     */
    public record Peers(String group, List<GroupOption> groups, String message, boolean showSharing,
            BarChart chart, List<PeerRow> rows) {
    }

    public record GroupOption(String value, String label, boolean selected) {
    }

    public record PeerRow(String area, String own, String median, String quartiles, String percentile,
            String organisations) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance result(Page page);

        static native TemplateInstance pdf(Page page, String lang);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("adopted") String adopted,
            @QueryParam("group") String group) {
        AssessmentResult result = results.of(id).orElseThrow(NotFoundException::new);
        String notice = adopted == null ? null : result.scoring().flatMap(s -> s.recommendations().stream()
                .filter(a -> a.id().equals(adopted)).findFirst())
                .map(a -> texts().result_adopted_notice(a.title().in(language.get()))).orElse(null);
        return Templates.result(page(result, false, notice, Form.empty(), group));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response download(@PathParam("id") long id, @QueryParam("group") String group, @Context UriInfo uri) {
        AssessmentResult result = results.of(id).orElseThrow(NotFoundException::new);
        String html = Templates.pdf(page(result, true, null, Form.empty(), group), language.get().tag()).render();
        byte[] document = pdf.render(html, uri.getBaseUri().toString());
        return Response.ok(document).header("Content-Disposition",
                "attachment; filename=\"" + result.tool() + "-result-" + id + ".pdf\"").build();
    }

    /** Adopts the recommended action {@code actionId} onto the roadmap; a mistake re-renders the page with the form. */
    @POST
    @Path("actions")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response adopt(@PathParam("id") long id, @RestForm String actionId, @RestForm String owner,
            @RestForm String due, @RestForm String status) {
        String prefix = (actionId == null ? "" : actionId) + "-";
        Form form = Form.empty().with(prefix + "owner", owner).with(prefix + "due", due)
                .with(prefix + "status", status);
        try {
            roadmap.adopt(id, new RoadmapRequest(actionId, owner, status, due), language.get())
                    .orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/assessments/" + id + "/result?adopted=" + actionId + "#roadmap"))
                    .build();
        } catch (InvalidInputException e) {
            form.withErrors(e.errors().stream().map(error -> prefixed(prefix, error)).toList(), language.messages());
            return rerender(id, form, null);
        } catch (ConflictException e) {
            return rerender(id, form, texts().result_adopt_conflict());
        }
    }

    private Response rerender(long id, Form form, String notice) {
        AssessmentResult result = results.of(id).orElseThrow(NotFoundException::new);
        return Response.status(notice == null ? 400 : 409).type(MediaType.TEXT_HTML)
                .entity(Templates.result(page(result, false, notice, form, null))).build();
    }

    private FieldError prefixed(String prefix, FieldError error) {
        String field = "actionId".equals(error.field()) ? prefix + "owner" : prefix + error.field();
        return new FieldError(field, error.code(), error.message(), error.args());
    }

    private Page page(AssessmentResult result, boolean print, String notice, Form form, String group) {
        ReportMessages t = texts();
        Language lang = language.get();
        Questionnaire questionnaire = result.questionnaire();
        String title = questionnaire.title().in(lang);
        boolean live = result.status() != AssessmentStatus.CLOSED;
        String statusText = live ? t.result_live() : t.result_frozen(closedOn(result));
        boolean coordinator = !print && scope.caller().map(c -> c.has(Role.COORDINATOR)).orElse(false);
        List<ActionFields.StatusOption> statuses = ActionFields.statuses(t, true);
        Trend trend = trend(result, t);
        Optional<ScoringResult> scoring = result.scoring();
        if (scoring.isEmpty()) {
            return new Page(result.assessmentId(), title, language.toolName(result.tool()), live, statusText,
                    t.result_respondents(result.respondents()), null, List.of(), List.of(), List.of(),
                    disputed(result), List.of(), trend.chart(), trend.notes(), trend.text(), print,
                    t.result_printed(language.formatDate(clock.instant())), notice, form, statuses, null, List.of(),
                    extras(result));
        }
        ScoringResult s = scoring.get();
        return new Page(result.assessmentId(), title, language.toolName(result.tool()), live, statusText,
                t.result_respondents(result.respondents()), overall(s.root(), t), charts(s, t), weak(s, questionnaire),
                whatIf(s, questionnaire, t), disputed(result), ideas(s, result, coordinator, form, t), trend.chart(),
                trend.notes(), trend.text(), print, t.result_printed(language.formatDate(clock.instant())), notice,
                form, statuses, peers(result, s, group, t), strong(s, t), extras(result));
    }

    /** The root's areas that fall in a good band, with their value. */
    private List<String> strong(ScoringResult s, ReportMessages t) {
        return children(s, s.ruleSet().root()).stream().filter(n -> n.isKnown() && "good".equals(tone(n)))
                .map(n -> n.attribute().name(language.get()) + ": " + valueText(n, t)).toList();
    }

    /** The sections the assessment's tool adds, in their order. */
    private List<ResultSection.Content> extras(AssessmentResult result) {
        return toolSections.stream().filter(section -> section.toolId().equals(result.tool()))
                .sorted(Comparator.comparingInt(ResultSection::order))
                .flatMap(section -> section.content(result.assessmentId(), language.get()).stream()).toList();
    }

    private Peers peers(AssessmentResult result, ScoringResult scoring, String groupId, ReportMessages t) {
        PeerGroup group = PeerGroup.fromId(groupId).orElse(PeerGroup.ALL);
        List<GroupOption> groups = List.of(PeerGroup.values()).stream()
                .map(g -> new GroupOption(g.id(), groupName(g, t), g == group)).toList();
        boolean coordinator = scope.caller().map(c -> c.has(Role.COORDINATOR)).orElse(false);
        Comparison comparison;
        try {
            comparison = comparisons.compare(result.assessmentId(), group).orElseThrow(NotFoundException::new);
        } catch (ConflictException e) {
            String message = switch (e.code()) {
                case ComparisonService.NOT_CLOSED -> t.compare_open();
                case ComparisonService.NOT_OPTED_IN -> t.compare_not_shared();
                default -> t.compare_no_result();
            };
            boolean shares = !ComparisonService.NOT_OPTED_IN.equals(e.code());
            return new Peers(group.id(), shares ? groups : List.of(), message,
                    coordinator && !shares, null, List.of());
        }
        if (comparison.isRefused()) {
            return new Peers(group.id(), groups, refusal(comparison.refused()), false, null, List.of());
        }
        Language lang = language.get();
        List<BarChart.Item> items = new ArrayList<>();
        List<PeerRow> rows = new ArrayList<>();
        for (NodeComparison node : comparison.nodes()) {
            NodeResult own = scoring.result(node.nodeId());
            String area = own.attribute().name(lang);
            String ownText = node.score() == null ? t.result_no_value() : score(node.score());
            if (node.isRefused()) {
                rows.add(new PeerRow(area, ownText, t.compare_withheld(), t.compare_withheld(),
                        t.compare_withheld(), refusal(node.refused())));
                items.add(BarChart.Item.of(area, node.score(), ownText, tone(own)));
                continue;
            }
            PeerFigures peers = node.peers();
            rows.add(new PeerRow(area, ownText, score(peers.median()), t.compare_range(score(peers.lowerQuartile()),
                    score(peers.upperQuartile())), peers.percentileRank() == null ? t.result_no_value()
                            : score(peers.percentileRank()), Long.toString(peers.organisations())));
            items.add(new BarChart.Item(area, node.score(), ownText, tone(own), peers.median(),
                    score(peers.median())));
        }
        BarChart chart = BarChart.of("chart-compare", t.compare_chart(groupName(group, t)),
                t.compare_chart_desc(items.size()), t.compare_area(), t.compare_own(), t.compare_median(), items);
        return new Peers(group.id(), groups, null, false, chart, rows);
    }

    private String refusal(Refusal refusal) {
        ComparisonMessages m = MessageBundles.get(ComparisonMessages.class, Localized.Literal.of(language.get().tag()));
        return refusal == Refusal.OVERLAPPING_GROUP ? m.comparison_overlapping() : m.comparison_too_few();
    }

    private static String groupName(PeerGroup group, ReportMessages t) {
        return switch (group) {
            case ALL -> t.group_all();
            case COUNTRY -> t.group_country();
            case LEVEL -> t.group_level();
            case SECTOR -> t.group_sector();
            case SIZE -> t.group_size();
        };
    }

    private String closedOn(AssessmentResult result) {
        return assessments.find(result.assessmentId()).filter(a -> a.closedAt != null)
                .map(a -> language.formatDate(a.closedAt)).orElse("");
    }

    private Overall overall(NodeResult root, ReportMessages t) {
        Language lang = language.get();
        if (!root.isKnown()) {
            return new Overall(root.attribute().name(lang), t.result_no_value(), null, "neutral", false);
        }
        return new Overall(root.attribute().name(lang), root.label(lang), t.result_score(score(root.score())),
                tone(root), !root.isSingle());
    }

    /** The root's children in one chart, then one chart for each child that has aggregate children of its own. */
    private List<BarChart> charts(ScoringResult s, ReportMessages t) {
        List<BarChart> charts = new ArrayList<>();
        Attribute root = s.ruleSet().root();
        List<NodeResult> areas = children(s, root);
        if (areas.isEmpty()) {
            return charts;
        }
        charts.add(chart("chart-" + root.id(), t.result_areas(), areas, t));
        for (NodeResult area : areas) {
            List<NodeResult> parts = children(s, area.attribute());
            if (!parts.isEmpty()) {
                charts.add(chart("chart-" + area.id(), t.result_chart_of(area.attribute().name(language.get())),
                        parts, t));
            }
        }
        return charts;
    }

    private static List<NodeResult> children(ScoringResult s, Attribute node) {
        return node.from().stream().map(s::result).filter(r -> !r.attribute().isInput()).toList();
    }

    private BarChart chart(String id, String title, List<NodeResult> nodes, ReportMessages t) {
        Language lang = language.get();
        List<BarChart.Item> items = nodes.stream().map(n -> BarChart.Item.of(n.attribute().name(lang),
                n.isKnown() ? n.score() : null, valueText(n, t), tone(n))).toList();
        return BarChart.of(id, title, t.result_chart_desc(items.size()), t.result_chart_area(), t.result_chart_value(),
                null, items);
    }

    private String valueText(NodeResult node, ReportMessages t) {
        return node.isKnown() ? t.result_value(node.label(language.get()), score(node.score())) : t.result_no_value();
    }

    private List<Weak> weak(ScoringResult s, Questionnaire questionnaire) {
        Language lang = language.get();
        Messages m = language.messages();
        return s.explanation().map(Explanation::weakNodes).orElse(List.of()).stream()
                .map(w -> new Weak(w.node().attribute().name(lang), w.node().label(lang), w.drivers().stream()
                        .map(d -> questionText(questionnaire, d.input().attribute().question()) + ": "
                                + answerText(questionnaire, d.input().attribute().question(), d.answer(), m))
                        .toList()))
                .toList();
    }

    private List<WhatIf> whatIf(ScoringResult s, Questionnaire questionnaire, ReportMessages t) {
        Messages m = language.messages();
        Language lang = language.get();
        return s.explanation().map(Explanation::raise).orElse(List.of()).stream().limit(LIMIT).map(change -> {
            String question = change.input().attribute().question();
            String to = change.answerAfter() != null ? answerText(questionnaire, question, change.answerAfter(), m)
                    : change.inputAfter().label(lang);
            return new WhatIf(questionText(questionnaire, question),
                    t.result_whatif_change(answerText(questionnaire, question, change.answer(), m), to),
                    t.result_whatif_effect(valueText(change.rootAfter(), t)));
        }).toList();
    }

    private List<Disputed> disputed(AssessmentResult result) {
        Messages m = language.messages();
        ReportMessages t = texts();
        Questionnaire questionnaire = result.questionnaire();
        return result.mostDisputed(LIMIT).stream().map(q -> new Disputed(questionText(questionnaire, q.questionId()),
                counts(questionnaire, q, m, t), t.result_percent(Long.toString(Math.round(q.disagreement() * 100)))))
                .toList();
    }

    private String counts(Questionnaire questionnaire, QuestionStatistics q, Messages m, ReportMessages t) {
        List<String> parts = new ArrayList<>();
        q.counts().forEach((value, count) -> parts.add(t.result_count(answerText(questionnaire, q.questionId(),
                value, m), count)));
        if (q.notApplicable() > 0) {
            parts.add(t.result_count(m.question_not_applicable(), q.notApplicable()));
        }
        return String.join(", ", parts);
    }

    private List<Idea> ideas(ScoringResult s, AssessmentResult result, boolean coordinator, Form form,
            ReportMessages t) {
        Language lang = language.get();
        Map<String, RoadmapAction> open = roadmap.list(result.tool()).stream().filter(a -> !a.status.isFinished())
                .collect(Collectors.toMap(a -> a.actionId, Function.identity(), (a, b) -> a));
        return s.recommendations().stream().distinct().map(action -> {
            RoadmapAction adopted = open.get(action.id());
            String entry = adopted == null ? null : t.result_adopted(adopted.owner,
                    ActionFields.label(adopted.status, t))
                    + (adopted.dueDate == null ? "" : ", " + t.result_adopted_due(language.formatDate(
                            adopted.dueDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
            return new Idea(action.id(), action.title().in(lang), action.text().in(lang), effort(action, t),
                    action.resources().stream().map(r -> new Resource(r.title().in(lang), r.url())).toList(), entry,
                    coordinator && adopted == null, ActionFields.typed(action.id() + "-", form));
        }).toList();
    }

    private record Trend(BarChart chart, List<TrendNote> notes, String text) {
    }

    private Trend trend(AssessmentResult result, ReportMessages t) {
        List<ResultHistory.Round> rounds = history.of(result.assessmentId()).orElse(List.of());
        if (rounds.isEmpty()) {
            return new Trend(null, List.of(), t.result_trend_none());
        }
        Language lang = language.get();
        List<BarChart.Item> items = new ArrayList<>();
        List<TrendNote> notes = new ArrayList<>();
        for (ResultHistory.Round round : rounds) {
            String name = language.formatDate(round.closedAt());
            String label = ResultHistoryView.label(round.ruleSet().root().scale(), round.root(), lang);
            items.add(BarChart.Item.of(name, round.root().score(), label == null ? t.result_no_value()
                    : t.result_value(label, score(round.root().score())), "neutral"));
            if (!round.completedSince().isEmpty()) {
                notes.add(new TrendNote(t.result_trend_completed(name), round.completedSince().stream()
                        .map(a -> a.title + " (" + a.owner + ")").toList()));
            }
        }
        BarChart chart = BarChart.of("chart-trend", t.result_trend(), t.result_trend_desc(items.size()),
                t.result_trend_round(), t.result_chart_value(), null, items);
        return new Trend(chart, notes, rounds.size() == 1 ? t.result_trend_first() : null);
    }

    private static String effort(Action action, ReportMessages t) {
        return t.result_effort(switch (action.effort()) {
            case LOW -> t.effort_low();
            case MEDIUM -> t.effort_medium();
            case HIGH -> t.effort_high();
        });
    }

    private String questionText(Questionnaire questionnaire, String questionId) {
        return questionnaire.question(questionId).map(q -> q.text().in(language.get())).orElse(questionId);
    }

    private String answerText(Questionnaire questionnaire, String questionId, String answer, Messages m) {
        Optional<Question> question = questionnaire.question(questionId);
        return question.map(q -> QuestionView.answerText(q, answer, language.get(), m)).orElse(answer);
    }

    private static String tone(NodeResult node) {
        return switch (node.group()) {
            case GOOD -> "good";
            case BAD -> "bad";
            default -> "neutral";
        };
    }

    private static String score(double score) {
        return Long.toString(Math.round(score));
    }

    private ReportMessages texts() {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.get().tag()));
    }
}
