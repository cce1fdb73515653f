package org.icsdocs.core.generate;

import java.util.List;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.amendment.InForceConstitution;
import org.icsdocs.core.render.decisionmap.DecisionMapRenderer;
import org.icsdocs.core.render.handbook.HandbookRenderer;
import org.icsdocs.core.render.scheme.SchemeRenderer;

/** The documents every ICS publishes, in the order they are listed. */
public final class Documents {

    private Documents() {
    }

    public static List<DocumentRenderer> standard() {
        // The public constitution is the one in force; a version awaiting approval goes to the review edition (ReviewPublisher).
        return List.of(new InForceConstitution(), new DecisionMapRenderer(), new SchemeRenderer(), new HandbookRenderer());
    }
}
