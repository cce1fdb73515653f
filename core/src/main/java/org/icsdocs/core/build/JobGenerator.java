package org.icsdocs.core.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.icsdocs.core.output.OutputTree;

/**
 * A part of the output (the documents, the board packs, the website) as the {@link BuildEngine}
 * sees it: jobs it declares, stage by stage. The engine decides which of them to render.
 */
public interface JobGenerator {

    /**
     * Every job it will run whose key is known before anything renders, id to template families
     * (such a job's own key part is its id): if all of them and every derived job of the last
     * build still hold, nothing is rendered.
     */
    Map<String, List<String>> declared();

    /** The prefix of the ids of jobs whose keys are known only once earlier stages have run (a page's covers what it embeds); null if none. */
    default String derivedJobs() {
        return null;
    }

    /**
     * Its jobs of one stage, declared once every earlier stage's output is in the tree.
     *
     * @param tree the generation being written, holding the earlier stages' output
     * @param pool the build's threads, for work a generator does between stages
     */
    List<Job> jobs(Stage stage, OutputTree tree, ExecutorService pool);
}
