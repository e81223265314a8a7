package org.cokit.tools.conew;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cokit.organisation.DemoDataCreated;
import org.cokit.organisation.Organisation;
import org.cokit.security.SecretTokens;
import org.cokit.tools.coserve.ServiceChoice;

/**
 * Demo City's CoNew: the journey of its chosen service (parking permits) in five stages, three public links (one
 * revoked) and 46 annotations: most published, some waiting, two hidden, one merged, with support for some ideas.
 * Applying and being processed feel worst, receiving the permit best.
 */
@ApplicationScoped
public class CoNewDemoData {

    /** A demo annotation: feeling (0 for none), problem, idea, status letter (p published, w waiting, h hidden). */
    private record Demo(int feeling, String problem, String idea, char status) {
    }

    private record DemoStage(String name, String userAction, List<String[]> touchpoints, List<Demo> annotations) {
    }

    private static final List<DemoStage> STAGES = List.of(
            new DemoStage("Becoming aware", "I find out that I need a permit and what it costs.",
                    List.<String[]>of(new String[] {"City website", "web"}, new String[] {"Letter from the city", "post"}),
                    List.of(new Demo(3, null, "Send a reminder a month before the permit runs out.", 'p'),
                            new Demo(2, "The website does not say which streets belong to which zone.", null, 'p'),
                            new Demo(4, null, null, 'p'),
                            new Demo(3, "I only learned about the permit from a parking fine.",
                                    "Put a leaflet on cars parked without a permit instead of a fine the first time.", 'p'),
                            new Demo(4, null, "A map of the zones with my address search.", 'p'),
                            new Demo(3, null, null, 'p'),
                            new Demo(2, "The letter was full of legal terms.", null, 'p'),
                            new Demo(4, null, null, 'w'))),
            new DemoStage("Applying", "I fill in the form and attach my documents.",
                    List.<String[]>of(new String[] {"Online application form", "web"},
                            new String[] {"Front desk at the city hall", "office"}),
                    List.of(new Demo(1, "The online form logged me out twice and I lost everything.",
                                    "Save the form as I go.", 'p'),
                            new Demo(2, "I had to upload the car registration as a scan; the city already has it.",
                                    "Take the car data from the register.", 'p'),
                            new Demo(1, "The form does not work on my phone.", "Make the form work on phones.", 'p'),
                            new Demo(2, "Too many documents for a simple permit.", null, 'p'),
                            new Demo(3, null, null, 'p'),
                            new Demo(2, "The queue at the front desk was over an hour.",
                                    "Let people book a time at the desk.", 'p'),
                            new Demo(1, "Form lost my documents again, third time!",
                                    "Save the form as I go, please.", 'p'),
                            new Demo(2, "Nobody could tell me which documents a tenant needs.", null, 'p'),
                            new Demo(0, null, "Accept the rental contract as proof of address.", 'p'),
                            new Demo(1, "Call me at 041 555 123, Janez Novak, this is outrageous.", null, 'h'),
                            new Demo(2, "Uploading documents fails with large files.", null, 'w'))),
            new DemoStage("Being processed", "I wait for the decision and answer questions from the office.",
                    List.<String[]>of(new String[] {"E-mail from the office", "email"},
                            new String[] {"Phone line of the department", "phone"}),
                    List.of(new Demo(2, "I did not know how long it would take.",
                                    "Show the status of my application online.", 'p'),
                            new Demo(1, "Three weeks without any news.", "Send an e-mail when something changes.", 'p'),
                            new Demo(2, "The phone line is busy all morning.", null, 'p'),
                            new Demo(3, null, null, 'p'),
                            new Demo(2, "They asked for a document I had already sent.", null, 'p'),
                            new Demo(1, "Waiting, waiting, waiting.", null, 'p'),
                            new Demo(3, "The clerk was kind but could not say when.", null, 'p'),
                            new Demo(2, null, "Give a date by which I will get the decision.", 'p'),
                            new Demo(0, "Buy cheap watches at example dot com", null, 'h'),
                            new Demo(2, "No answer to my e-mail for a week.", null, 'w'))),
            new DemoStage("Receiving the permit", "I get the permit and put it behind the windscreen.",
                    List.<String[]>of(new String[] {"Permit sent by post", "post"},
                            new String[] {"Pick-up at the front desk", "office"}),
                    List.of(new Demo(4, null, null, 'p'),
                            new Demo(5, null, "A digital permit linked to my number plate.", 'p'),
                            new Demo(4, "The permit came by post a week after the decision.", null, 'p'),
                            new Demo(5, null, null, 'p'),
                            new Demo(4, null, "Let me pay by card online.", 'p'),
                            new Demo(3, "The sticker does not stick in the cold.", null, 'p'),
                            new Demo(4, null, null, 'w'))),
            new DemoStage("Renewing and following up", "Every year I renew the permit or tell the city I moved.",
                    List.<String[]>of(new String[] {"Renewal letter", "post"}, new String[] {"City website", "web"}),
                    List.of(new Demo(2, "I have to send all the documents again every year.",
                                    "Renew automatically when nothing changed.", 'p'),
                            new Demo(3, null, null, 'p'),
                            new Demo(2, "Nobody told me the permit had expired.",
                                    "Send a reminder a month before the permit runs out.", 'p'),
                            new Demo(3, "Changing the number plate means a new application.", null, 'p'),
                            new Demo(4, null, null, 'p'),
                            new Demo(2, "Moving within the zone still needs a new permit.", null, 'p'),
                            new Demo(3, null, "Renew automatically when nothing changed.", 'p'),
                            new Demo(2, null, null, 'w'),
                            new Demo(3, null, null, 'p'),
                            new Demo(3, "The renewal letter arrived after the permit expired.", null, 'p'))));

    private final Clock clock;

    public CoNewDemoData(Clock clock) {
        this.clock = clock;
    }

    /** Runs after CoServe's demo data, whose chosen service the journey maps. */
    void onDemoData(@Observes @Priority(5000) DemoDataCreated created) {
        created.organisations().stream().filter(o -> "Demo City".equals(o.name)).findFirst().ifPresent(this::create);
    }

    private void create(Organisation city) {
        ServiceChoice choice = ServiceChoice.<ServiceChoice>find("organisation.id = ?1 order by chosenAt desc, id desc",
                city.id).firstResult();
        if (choice == null) {
            return;
        }
        Instant now = clock.instant();
        String coordinator = "coordinator@demo-city";
        Journey journey = new Journey();
        journey.organisation = city;
        journey.service = choice.service;
        journey.title = "Getting a residents' parking permit";
        journey.persona = "Maja, 34, moved into the old town with her family and needs to park near home.";
        journey.createdBy = coordinator;
        journey.createdAt = now.minus(Duration.ofDays(9));
        for (DemoStage demo : STAGES) {
            Stage stage = new Stage();
            stage.journey = journey;
            stage.name = demo.name();
            stage.userAction = demo.userAction();
            for (String[] t : demo.touchpoints()) {
                Touchpoint touchpoint = new Touchpoint();
                touchpoint.stage = stage;
                touchpoint.name = t[0];
                touchpoint.channel = t[1];
                touchpoint.place = stage.touchpoints.size();
                stage.touchpoints.add(touchpoint);
            }
            journey.stages.add(stage);
        }
        journey.renumber();
        journey.persist();
        List<JourneyLink> links = List.of(link(journey, "Poster at the front desk", "office", null, now),
                link(journey, "Link on the city website", "web", null, now),
                link(journey, "Residents' evening in March", null, now.minus(Duration.ofDays(2)), now));
        int n = 0;
        List<Annotation> published = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            for (Demo demo : STAGES.get(s).annotations()) {
                Annotation a = new Annotation();
                a.journey = journey;
                a.stage = journey.stages.get(s);
                a.link = links.get(n % links.size());
                a.feeling = demo.feeling() == 0 ? null : demo.feeling();
                a.problem = demo.problem();
                a.idea = demo.idea();
                a.language = "en";
                a.createdAt = now.minus(Duration.ofDays(8)).plus(Duration.ofHours(3L * n));
                a.status = switch (demo.status()) {
                    case 'h' -> AnnotationStatus.HIDDEN;
                    case 'w' -> AnnotationStatus.PENDING;
                    default -> AnnotationStatus.PUBLISHED;
                };
                if (a.status != AnnotationStatus.PENDING) {
                    a.moderatedBy = coordinator;
                    a.moderatedAt = a.createdAt.plus(Duration.ofHours(20));
                }
                if (a.status == AnnotationStatus.HIDDEN) {
                    a.hiddenReason = a.problem != null && a.problem.contains("Novak")
                            ? "Personal data and no feedback on the stage" : "Advertising";
                }
                if (n == 0) {
                    a.contactName = "Demo Resident";
                    a.contactEmail = "resident@example.org";
                }
                a.persist();
                if (a.status == AnnotationStatus.PUBLISHED) {
                    published.add(a);
                }
                n++;
            }
        }
        merge(published, "Save the form as I go, please.", "Save the form as I go.");
        merge(published, "Renew automatically when nothing changed.", "Renew automatically when nothing changed.");
        votes(published, "Save the form as I go.", 9);
        votes(published, "Take the car data from the register.", 6);
        votes(published, "Show the status of my application online.", 7);
        votes(published, "A digital permit linked to my number plate.", 4);
        votes(published, "Renew automatically when nothing changed.", 5);
        votes(published, "Let people book a time at the desk.", 3);
        votes(published, "Send a reminder a month before the permit runs out.", 2);
    }

    private JourneyLink link(Journey journey, String label, String channel, Instant revokedAt, Instant now) {
        JourneyLink link = new JourneyLink();
        link.journey = journey;
        link.label = label;
        link.channel = channel;
        // the demo tokens are thrown away: nobody can use these links, new ones are made on the journey page
        link.tokenHash = SecretTokens.hash(SecretTokens.newToken());
        link.revokedAt = revokedAt;
        link.revokedBy = revokedAt == null ? null : "coordinator@demo-city";
        link.createdBy = "coordinator@demo-city";
        link.createdAt = now.minus(Duration.ofDays(9));
        return persisted(link);
    }

    private static JourneyLink persisted(JourneyLink link) {
        link.persist();
        return link;
    }

    /** Marks the later of two annotations with the same idea as the duplicate of the earlier one. */
    private static void merge(List<Annotation> published, String duplicateIdea, String originalIdea) {
        Annotation original = published.stream().filter(a -> originalIdea.equals(a.idea)).findFirst().orElseThrow();
        published.stream().filter(a -> a != original && duplicateIdea.equals(a.idea)).reduce((x, y) -> y)
                .ifPresent(duplicate -> {
                    duplicate.status = AnnotationStatus.MERGED;
                    duplicate.mergedInto = original;
                    published.remove(duplicate);
                });
    }

    private static void votes(List<Annotation> published, String idea, int count) {
        Annotation annotation = published.stream().filter(a -> idea.equals(a.idea)).findFirst().orElseThrow();
        for (int i = 0; i < count; i++) {
            AnnotationVote vote = new AnnotationVote();
            vote.annotation = annotation;
            vote.voterHash = SecretTokens.hash("demo-voter-" + annotation.id + "-" + i);
            vote.createdAt = annotation.createdAt.plus(Duration.ofDays(1));
            vote.persist();
        }
    }
}
