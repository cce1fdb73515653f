package org.icsdocs.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {

    @TempDir
    Path temp;

    private Path site() {
        return temp.resolve("ics/site");
    }

    private void generate(String text) {
        try (OutputTree tree = OutputTree.begin(site())) {
            tree.write("index.html", text.getBytes(StandardCharsets.UTF_8));
            tree.write("documents/constitution.pdf", new byte[] {1, 2, 3});
            tree.commit();
        }
    }

    @Test
    void replacesThePublishedFolderWholeOnCommit() throws IOException {
        generate("first");
        Files.writeString(site().resolve("stale.html"), "from an older build");
        generate("second");
        assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("second");
        assertThat(site().resolve("stale.html")).doesNotExist();
        assertThat(site().resolve("documents/constitution.pdf")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void leavesThePreviousOutputWholeWhenABuildFails() throws IOException {
        generate("good");
        try (OutputTree tree = OutputTree.begin(site())) {
            tree.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
            // the build fails here: no commit
        }
        assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("good");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesPathsThatLeaveTheFolder() {
        try (OutputTree tree = OutputTree.begin(site())) {
            assertThatThrownBy(() -> tree.write("../escape.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.write("/etc/passwd", new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.write("a/../../b", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(temp.resolve("ics/escape.html")).doesNotExist();
    }

    @Test
    void restoresThePreviousOutputIfKilledBetweenTheTwoMoves() throws IOException {
        generate("previous");
        // what a kill between "retire the old folder" and "move the new one in" leaves behind
        Files.move(site(), temp.resolve("ics/.retired-site-123"));
        Files.createDirectories(temp.resolve("ics/.staging-site-123"));
        OutputTree.begin(site()).close();
        assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("previous");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void readersNeverFindThePublishedFolderMissingDuringCommits() throws Exception {
        generate("0");
        java.util.concurrent.atomic.AtomicInteger misses = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (running.get()) {
                if (!Files.isRegularFile(site().resolve("index.html"))) {
                    misses.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 300; i++) {
            generate(Integer.toString(i));
        }
        running.set(false);
        reader.join();
        assertThat(misses.get()).as("moments when a reader found no site").isZero();
        assertThat(Files.readString(site().resolve("index.html"))).isEqualTo("300");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void publishesAFolderOthersCanRead() throws IOException {
        generate("readable");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(site()))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void countsWhatItWrote() {
        try (OutputTree tree = OutputTree.begin(site())) {
            tree.write("a.txt", new byte[10]);
            tree.write("b/c.txt", new byte[5]);
            assertThat(tree.filesWritten()).isEqualTo(2);
            assertThat(tree.bytesWritten()).isEqualTo(15);
        }
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(temp.resolve("ics"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
