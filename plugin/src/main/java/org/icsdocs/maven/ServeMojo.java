package org.icsdocs.maven;

import java.io.File;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.preview.Preview;

/**
 * Builds the site and serves it on localhost; rebuilds when a definition file, paper or template
 * changes, and reloads the open page. Ctrl-C stops it.
 */
@Mojo(name = "serve", requiresDirectInvocation = true, threadSafe = true)
public class ServeMojo extends AbstractIcsMojo {

    /** The port to serve on (localhost only). */
    @Parameter(property = "ics.port", defaultValue = "8080")
    private int port;

    /** Templates and assets here replace the built-in ones with the same relative path; watched too. */
    @Parameter(property = "ics.templateDirectory", defaultValue = "${project.basedir}/src/main/ics-templates")
    private File templateDirectory;

    @Parameter(defaultValue = "${project.basedir}/src/main/ics", property = "ics.definitionDirectory", readonly = true)
    private File watchedDefinition;

    @Override
    protected void run(Parameters parameters, BuildLog log) {
        CountDownLatch stopped = new CountDownLatch(1);
        Preview preview = new Preview(parameters.generateRequest(List.of(templateDirectory.toPath()), false, true, true),
                List.of(watchedDefinition.toPath(), templateDirectory.toPath()), port, log);
        // Ctrl-C ends the JVM through its shutdown hooks; close the server and watcher on the way out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "ics-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
    }
}
