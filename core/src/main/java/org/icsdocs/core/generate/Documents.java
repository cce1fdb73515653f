package org.icsdocs.core.generate;

import java.util.List;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.decisionmap.DecisionMapRenderer;

/** The documents every ICS publishes, in the order they are listed. */
public final class Documents {

    private Documents() {
    }

    public static List<DocumentRenderer> standard() {
        return List.of(new ConstitutionRenderer(), new DecisionMapRenderer());
    }
}
