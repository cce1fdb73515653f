package org.icsdocs.core.generate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;

/** A generation in a JVM of its own, so a test can kill it like a user's interrupted build. Arguments: definition folder, site folder, and {@code clean} or {@code incremental}. */
public final class GenerateMain {

    private GenerateMain() {
    }

    public static void main(String[] args) {
        Path definition = Path.of(args[0]);
        Path site = Path.of(args[1]);
        new IcsDocs(BuildLog.silent()).generate(new GenerateRequest(new ValidateRequest(definition.getParent(), definition, null,
                BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH)), List.of(), site, false, !"clean".equals(args[2])));
    }
}
