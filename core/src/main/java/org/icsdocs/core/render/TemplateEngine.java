package org.icsdocs.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.icsdocs.core.diagnostic.Location;

/**
 * FreeMarker, configured once: a project's own template folders first, the built-in templates
 * of {@code ics-templates} after, so any single template or asset can be overridden by placing a
 * file with the same relative path in the project. Template errors are errors, never blanks.
 */
public final class TemplateEngine {

    /** Where the built-in templates and assets live on the class path. */
    public static final String BUILT_IN = "org/icsdocs/templates/";

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final List<Path> overrides;
    private final Configuration configuration;

    public TemplateEngine(List<Path> overrideFolders) {
        this.overrides = overrideFolders.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
        this.configuration = configure(overrides);
    }

    /** Only the built-in templates. */
    public static TemplateEngine builtIn() {
        return new TemplateEngine(List.of());
    }

    private static Configuration configure(List<Path> overrides) {
        Configuration c = new Configuration(VERSION);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path dir : overrides) {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), BUILT_IN));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true); // .ftlh escapes HTML by default
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.UK);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return c;
    }

    /** Renders the named template (e.g. {@code constitution/constitution.ftlh}) with the given model. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new RenderException(new Location(e.getTemplateName() == null ? name : e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    "template " + name + " cannot be read: " + e.getEditorMessage(), e);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new RenderException(new Location(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName(),
                    line == null ? 0 : line, column == null ? 0 : column), "template " + name + " failed: " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new RenderException(Location.ofFile(name), "template " + name + " cannot be found", e);
        }
    }

    /** The bytes of an asset (stylesheet, font, image), from the first folder that has it. */
    public byte[] asset(String name) {
        return findAsset(name).orElseThrow(() -> new RenderException(Location.ofFile(name), "asset " + name + " cannot be found", null));
    }

    public Optional<byte[]> findAsset(String name) {
        try {
            for (Path dir : overrides) {
                Path p = dir.resolve(name).normalize();
                if (p.startsWith(dir) && Files.isRegularFile(p)) {
                    return Optional.of(Files.readAllBytes(p));
                }
            }
            try (InputStream in = TemplateEngine.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The templates and assets the project supplies itself, in place of built-in ones of the same
     * path or beside them, as sorted paths relative to its folders. The project's own tests, not
     * ics-docs's, stand behind what these make.
     */
    public List<String> projectFiles() {
        java.util.SortedSet<String> files = new java.util.TreeSet<>();
        for (Path dir : overrides) {
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).map(dir::relativize)
                        .filter(p -> java.util.stream.StreamSupport.stream(p.spliterator(), false).noneMatch(part -> part.toString().startsWith(".")))
                        .map(p -> p.toString().replace(java.io.File.separatorChar, '/')).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }

    /** Where a template or asset comes from: the project's folder, or the built-in set. For fingerprints and messages. */
    public String origin(String name) {
        for (Path dir : overrides) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name).toString();
            }
        }
        return "built-in:" + name;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
