package org.icsdocs.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The fingerprints a build compares with the last one's. One covers what every output depends
 * on: the ics-docs code and built-in templates, the build's date and options, and every YAML file
 * of the definition (a change to the definition re-renders everything; papers and prose are
 * tracked per job by {@link SourceReads}). The others cover a family of templates (the first
 * folder of a template's name: {@code board-pack}, {@code site}, …) in the project's override folders,
 * so that overriding a site template re-renders the pages and no PDF.
 */
public final class Fingerprints {

    private final String everything;
    private final String code;
    private final Path definitionRoot;
    private final List<Path> overrides;
    private int definitionYaml;
    private final Map<String, String> families = new ConcurrentHashMap<>();
    /** Whole-folder fingerprints, read once per build: the up-to-date check and the trace both need them. */
    private final Map<String, String> trees = new ConcurrentHashMap<>();

    /**
     * @param settings  the build's date, options and anything else that changes every output, as text
     * @param code      where the code and built-in templates that render come from: jars, or folders inside a build
     */
    public Fingerprints(Path definitionRoot, List<Path> templateOverrides, String settings, List<URL> code) {
        // every folder named, there or not: creating the folder for a first override changes one family, not everything
        this.overrides = templateOverrides.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.definitionRoot = definitionRoot.toAbsolutePath().normalize();
        Digest d = new Digest().add("settings", settings);
        Digest codeOnly = new Digest();
        for (URL c : code) {
            String fingerprint = codeFingerprint(c);
            d.add("code", fingerprint);
            codeOnly.add("code", fingerprint);
        }
        this.code = codeOnly.hex();
        for (Path file : files(definitionRoot.toAbsolutePath().normalize())) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                d.add(definitionRoot.relativize(file).toString(), Digest.ofFile(file));
                definitionYaml++;
            }
        }
        d.add("overrides", overrides.stream().map(this::portable).toList().toString());
        this.everything = d.hex();
    }

    /** Every file under the definition folder, papers and all: if none changed, neither did the validation's findings. */
    public String definitionFiles() {
        return trees.computeIfAbsent("definition", k -> tree(List.of(definitionRoot)));
    }

    /** Every file of the project's template overrides. */
    public String templateFiles() {
        return trees.computeIfAbsent("templates", k -> tree(overrides));
    }

    /** How many YAML files the definition has. */
    public int definitionYamlFiles() {
        return definitionYaml;
    }

    /**
     * A file as the trace records it: relative to the definition folder, so a project moved or
     * cloned elsewhere keeps its cache (the files a build reads, papers and template overrides,
     * all belong to the project).
     */
    public String portable(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getRoot() == null || !absolute.getRoot().equals(definitionRoot.getRoot())) {
            return absolute.toString();
        }
        return definitionRoot.relativize(absolute).toString().replace('\\', '/');
    }

    /** The file a trace entry names, wherever the project now is. */
    public Path located(String recorded) {
        Path p = Path.of(recorded);
        return p.isAbsolute() ? p : definitionRoot.resolve(recorded).normalize();
    }

    private String tree(List<Path> roots) {
        Digest d = new Digest();
        for (Path root : roots) {
            for (Path file : files(root)) {
                d.add(root.relativize(file).toString(), Digest.ofFile(file));
            }
            d.add("root", portable(root));
        }
        return d.hex();
    }

    /** The code and built-in templates alone: what a value derived from part of the definition depends on besides that part. */
    public String code() {
        return code;
    }

    /** What every output depends on. */
    public String everything() {
        return everything;
    }

    /** The project's overrides of one family of templates, e.g. {@code site}; the same while none of them changes. */
    public String family(String family) {
        return families.computeIfAbsent(family, f -> {
            Digest d = new Digest();
            for (Path dir : overrides) {
                for (Path file : files(dir.resolve(f))) {
                    d.add(dir.relativize(file).toString(), Digest.ofFile(file));
                }
            }
            return d.hex();
        });
    }

    /** The key of a job: what everything depends on, the template families it uses, and its own part. */
    public String key(List<String> templateFamilies, String own) {
        Digest d = new Digest().add("everything", everything);
        templateFamilies.stream().sorted().forEach(f -> d.add("family:" + f, family(f)));
        return d.add("own", own).hex();
    }

    /** A jar is fingerprinted by its bytes; a folder (a build inside an IDE or the reactor) by its files' names, sizes and times. */
    private static String codeFingerprint(URL location) {
        try {
            String url = location.toString();
            if (url.startsWith("jar:") && url.contains("!/")) {
                return Digest.ofFile(Path.of(new java.net.URI(url.substring(4, url.indexOf("!/")))));
            }
            Path path = Path.of(location.toURI());
            if (Files.isRegularFile(path)) {
                return Digest.ofFile(path);
            }
            Digest d = new Digest();
            for (Path file : files(path)) {
                d.add(path.relativize(file).toString(), Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
            }
            return d.hex();
        } catch (URISyntaxException | IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return "unknown:" + System.nanoTime(); // cannot tell what code this is, so never reuse
        }
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
