package org.cokit.tools.conew;

import java.time.Instant;
import java.util.List;

/** A journey with its stages in order, their touchpoints, and its public links. */
public record JourneyView(long id, long serviceId, String serviceName, String title, String persona,
        List<StageView> stages, List<LinkView> links, String createdBy, Instant createdAt) {

    public record StageView(long id, int position, String name, String userAction, List<TouchpointView> touchpoints) {

        static StageView of(Stage stage) {
            return new StageView(stage.id, stage.place + 1, stage.name, stage.userAction,
                    stage.touchpoints.stream().map(TouchpointView::of).toList());
        }
    }

    public record TouchpointView(long id, String name, String channel) {

        static TouchpointView of(Touchpoint touchpoint) {
            return new TouchpointView(touchpoint.id, touchpoint.name, touchpoint.channel);
        }
    }

    static JourneyView of(Journey journey, List<JourneyLink> links, Instant now) {
        return new JourneyView(journey.id, journey.service.id, journey.service.name, journey.title, journey.persona,
                journey.stages.stream().map(StageView::of).toList(),
                links.stream().map(l -> LinkView.of(l, null, now)).toList(), journey.createdBy, journey.createdAt);
    }
}
