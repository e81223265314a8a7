package org.cokit.tools.conew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** A journey's aggregated feedback, from the annotations the team accepted (published or merged). */
@ApplicationScoped
public class FeedbackService {

    private final JourneyService journeys;
    private final AnnotationRepository annotations;
    private final AnnotationService annotationService;
    private final ConewConfig config;

    public FeedbackService(JourneyService journeys, AnnotationRepository annotations,
            AnnotationService annotationService, ConewConfig config) {
        this.journeys = journeys;
        this.annotations = annotations;
        this.annotationService = annotationService;
        this.config = config;
    }

    /** The feedback of a journey of the caller's organisation; empty when there is no such journey. */
    @Transactional
    public Optional<FeedbackView> feedback(long journeyId, FeedbackFilter filter) {
        return journeys.find(journeyId).map(j -> of(j, filter));
    }

    /** The feedback of organisation {@code organisationId}'s chosen service's journey, if there is one. */
    @Transactional
    public Optional<FeedbackView> ofChosenService(long organisationId) {
        return journeys.ofChosenService(organisationId).map(j -> of(j, FeedbackFilter.NONE));
    }

    private FeedbackView of(Journey journey, FeedbackFilter filter) {
        List<Annotation> accepted = annotations.ofJourney(journey.organisation.id, journey.id, null).stream()
                .filter(a -> a.status == AnnotationStatus.PUBLISHED || a.status == AnnotationStatus.MERGED)
                .filter(filter::accepts).toList();
        List<FeedbackEvaluator.Fact> facts = accepted.stream().map(a -> new FeedbackEvaluator.Fact(a.id, a.stage.id,
                a.feeling, a.problem, a.idea, a.status == AnnotationStatus.PUBLISHED, a.language)).toList();
        List<ThemeCounter.Text> texts = accepted.stream().filter(a -> a.status == AnnotationStatus.PUBLISHED)
                .flatMap(a -> java.util.stream.Stream.of(new ThemeCounter.Text(a.problem, a.language),
                        new ThemeCounter.Text(a.idea, a.language))).toList();
        return FeedbackEvaluator.evaluate(journey.id, journey.title,
                journey.stages.stream().map(s -> new FeedbackEvaluator.StageRef(s.id, s.name)).toList(), facts,
                annotationService.supportOf(journey.id), ThemeCounter.count(texts, config.themeCount()));
    }
}
