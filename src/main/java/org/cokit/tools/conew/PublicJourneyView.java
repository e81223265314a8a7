package org.cokit.tools.conew;

import java.util.List;

/** A journey as service users see it through a public link: stages in order, each with its published ideas. */
public record PublicJourneyView(String title, String persona, String service, String organisation,
        List<PublicStage> stages) {

    public record PublicStage(long id, int position, String name, String userAction,
            List<JourneyView.TouchpointView> touchpoints, List<PublicIdea> ideas) {
    }

    /** A published idea and how many browsers support it. */
    public record PublicIdea(long id, String idea, long support) {
    }
}
