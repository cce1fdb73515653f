package org.icsdocs.core.validate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.load.Names;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.LocalAuthorityTier;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Pcn;
import org.icsdocs.core.model.Position;
import org.icsdocs.core.model.Ref;
import org.icsdocs.core.model.RefKind;
import org.icsdocs.core.model.Span;

/** STR: identifiers, references, files, dates and codes. */
public final class StructureRules implements RuleFamily {

    /** Papers may be long reports exported as PDF; prose and images are far smaller. */
    static final long MAX_PDF_BYTES = 100L * 1024 * 1024;
    static final long MAX_OTHER_BYTES = 10L * 1024 * 1024;

    private static final Map<String, Set<String>> EXTENSIONS_BY_FIELD = Map.of(
            "paper", Set.of("md", "markdown", "pdf"),
            "logo", Set.of("svg", "png", "jpg", "jpeg"),
            "approvedSnapshot", Set.of("json"));
    private static final Set<String> PROSE = Set.of("md", "markdown");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.STR_001, Rule.STR_002, Rule.STR_003, Rule.STR_004, Rule.STR_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        uniqueIds(d, in.index(), out);
        ModelWalker.walk(d, (ancestors, owner, span, component, value) -> {
            Ref ref = component.getAnnotation(Ref.class);
            if (ref != null) {
                references(in.index(), owner, span, component, ref.value(), value, out);
            }
            if (value instanceof FileRef file) {
                FileOwner named = FileOwner.of(ancestors, owner, component.getName());
                file(in.context().definitionRoot(), named, span, component.getName(), file, out);
            }
        });
        dates(d, out);
        odsCodes(d, out);
        if (d.ics() != null) {
            PartialAreas.check(d.ics(), in.index(), out);
        }
    }

    // STR-001 ------------------------------------------------------------------------------

    private static void uniqueIds(Definition d, DefinitionIndex index, Findings out) {
        unique("person", d.people(), p -> p.id(), p -> p.at(), out);
        Map<String, Location> orgs = new HashMap<>();
        for (Organisation o : d.organisations()) {
            once(orgs, "organisation", o.id(), o.at().of("id"), out);
        }
        for (Pcn p : d.pcns()) {
            once(orgs, "organisation or PCN", p.id(), p.at().of("id"), out);
        }
        unique("committee", d.committees(), c -> c.id(), c -> c.at(), out);
        unique("place", d.places(), p -> p.id(), p -> p.at(), out);
        unique("provider collaborative", d.collaboratives(), c -> c.id(), c -> c.at(), out);
        unique("function", d.functions(), f -> f.id(), f -> f.at(), out);
        unique("delegation", d.delegations(), x -> x.id(), x -> x.at(), out);
        unique("meeting", d.meetings(), m -> m.id(), m -> m.at(), out);
        unique("declaration for person", d.declarations(), x -> x.person(), x -> x.at(), out);
        for (Meeting m : d.meetings()) {
            unique("action in meeting " + m.id(), m.actions(), a -> a.id(), a -> a.at(), out);
        }
        if (d.finance() != null) {
            Map<String, Location> budgets = new HashMap<>();
            d.finance().delegatedBudgets().forEach(b -> once(budgets, "budget", b.id(), b.at().of("id"), out));
            d.finance().pooledBudgets().forEach(b -> once(budgets, "budget", b.id(), b.at().of("id"), out));
        }
        // Bodies share one namespace (a delegation's 'to' may name any of them), so an id must say which one it means.
        Map<String, Location> bodies = new HashMap<>();
        if (d.board() != null) {
            bodies.put(d.board().id(), d.board().at().of("id"));
        }
        if (d.icp() != null) {
            onceAcrossKinds(bodies, d.icp().id(), d.icp().at().of("id"), out);
        }
        // Only each kind's first use of an id: repeats within a kind are reported above.
        d.committees().stream().filter(c -> index.committee(c.id()).orElseThrow() == c)
                .forEach(c -> onceAcrossKinds(bodies, c.id(), c.at().of("id"), out));
        d.places().stream().filter(p -> index.place(p.id()).orElseThrow() == p)
                .forEach(p -> onceAcrossKinds(bodies, p.id(), p.at().of("id"), out));
        d.collaboratives().stream().filter(c -> index.collaborative(c.id()).orElseThrow() == c)
                .forEach(c -> onceAcrossKinds(bodies, c.id(), c.at().of("id"), out));
        d.organisations().stream().filter(o -> index.organisation(o.id()).orElseThrow() == o)
                .forEach(o -> onceAcrossKinds(bodies, o.id(), o.at().of("id"), out));
    }

    private static <T> void unique(String kind, List<T> items, Function<T, String> id, Function<T, Span> span, Findings out) {
        Map<String, Location> seen = new HashMap<>();
        for (T item : items) {
            Span s = span.apply(item);
            once(seen, kind, id.apply(item), s.of(kind.startsWith("declaration") ? "person" : "id"), out);
        }
    }

    private static void once(Map<String, Location> seen, String kind, String id, Location here, Findings out) {
        Location first = seen.putIfAbsent(id, here);
        if (first != null) {
            out.report(Rule.STR_001, here, id, "The " + kind + " id '" + id + "' is already used at " + first,
                    "Give each " + kind + " its own id.");
        }
    }

    private static void onceAcrossKinds(Map<String, Location> seen, String id, Location here, Findings out) {
        Location first = seen.putIfAbsent(id, here);
        if (first != null) {
            out.report(Rule.STR_001, here, id, "'" + id + "' names two different bodies (also at " + first + ")",
                    "Ids of the board, the ICP, committees, places, collaboratives and organisations must differ, so a reference names one.");
        }
    }

    private static void references(DefinitionIndex index, Object owner, Span span, RecordComponent component,
                                   RefKind kind, Object value, Findings out) {
        if (value == null) {
            return;
        }
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        for (Object v : values) {
            String id = (String) v;
            if (!index.resolves(kind, id)) {
                String hint = Names.closest(id, index.ids(kind))
                        .map(c -> "Did you mean '" + c + "'?")
                        .orElse("Define a " + kind.noun() + " with id '" + id + "', or correct the reference.");
                out.report(Rule.STR_001, span.of(component.getName()), subjectOf(owner),
                        "'" + Names.kebab(component.getName()) + "' refers to '" + id + "', which is not the id of any " + kind.noun(), hint);
            }
        }
    }

    // STR-002 ------------------------------------------------------------------------------

    private static void file(Path root, FileOwner owner, Span span, String field, FileRef file, Findings out) {
        Location where = span.of(field);
        String subject = owner.subject();
        String name = "'" + file.declared() + "'" + owner.described();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root.toAbsolutePath().normalize();
        }
        Path resolved = file.resolved();
        if (!resolved.startsWith(root.toAbsolutePath().normalize())) {
            out.report(Rule.STR_002, where, subject, name + " is outside the definition folder",
                    "Keep papers, prose and images inside the definition folder and name them with a relative path.");
            return;
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS) && !Files.exists(resolved)) {
            out.report(Rule.STR_002, where, subject, name + " does not exist",
                    "Check the path; it is relative to the folder of this YAML file.");
            return;
        }
        try {
            Path real = resolved.toRealPath();
            if (!real.startsWith(realRoot)) {
                out.report(Rule.STR_002, where, subject, name + " is a link to a file outside the definition folder",
                        "Copy the file into the definition folder instead of linking to it.");
                return;
            }
            if (!Files.isRegularFile(real)) {
                out.report(Rule.STR_002, where, subject, name + " is not a file", "Name a file, not a folder.");
                return;
            }
            Set<String> allowed = EXTENSIONS_BY_FIELD.getOrDefault(field, PROSE);
            if (!allowed.contains(file.extension())) {
                out.report(Rule.STR_002, where, subject, name + " is not a " + String.join(" or ", allowed.stream().sorted().toList()) + " file",
                        "Name a file ending in ." + String.join(" or .", allowed.stream().sorted().toList()) + ".");
                return;
            }
            long size = Files.size(real);
            long limit = file.extension().equals("pdf") ? MAX_PDF_BYTES : MAX_OTHER_BYTES;
            if (size > limit) {
                out.report(Rule.STR_002, where, subject, name + " is " + (size / (1024 * 1024)) + " MB; the limit is "
                        + (limit / (1024 * 1024)) + " MB", "Compress or split the file.");
                return;
            }
            String problem = contentProblem(real, file.extension());
            if (problem != null) {
                out.report(Rule.STR_002, where, subject, name + " " + problem, "Export the file again from the program that made it.");
            } else if (file.extension().equals("pdf")) {
                PdfCheck.problem(real).ifPresent(p -> out.report(Rule.STR_002, where, subject, name + " " + p.message(), p.hint()));
            }
        } catch (IOException e) {
            out.report(Rule.STR_002, where, subject, name + " cannot be read", "Check the file's permissions.");
        }
    }

    /** A cheap look at the first bytes, so that a renamed or corrupt file is caught before rendering. */
    private static String contentProblem(Path file, String extension) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        switch (extension) {
            case "pdf":
                return startsWith(head, "%PDF-") ? null : "is not a PDF (it does not start with %PDF-)";
            case "png":
                return head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G' ? null : "is not a PNG image";
            case "jpg":
            case "jpeg":
                return head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 ? null : "is not a JPEG image";
            case "svg":
                return null;
            default:
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
                    return null;
                } catch (CharacterCodingException e) {
                    return "is not UTF-8 text";
                }
        }
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // STR-003 ------------------------------------------------------------------------------

    private static void dates(Definition d, Findings out) {
        if (d.board() != null) {
            for (BoardMember m : d.board().members()) {
                order(m.termStart(), m.termEnd(), m.at().of("termEnd"), m.person(), "the term of office ends before it starts", out);
            }
        }
        d.people().forEach(p -> {
            for (Position pos : p.positions()) {
                order(pos.from(), pos.to(), pos.at().of("to"), p.id(), "a position ends before it starts", out);
            }
        });
        d.declarations().forEach(dec -> {
            order(dec.declaredOn(), dec.reviewedOn(), dec.at().of("reviewedOn"), dec.person(), "the declaration is reviewed before it was made", out);
            for (Interest i : dec.interests()) {
                order(i.from(), i.to(), i.at().of("to"), dec.person(), "an interest ends before it starts", out);
            }
        });
        d.committees().forEach(c -> order(c.approvedOn(), c.reviewDue(), c.at().of("reviewDue"), c.id(),
                "the terms of reference are due for review before they were approved", out));
        for (Meeting m : d.meetings()) {
            if (m.start() != null && m.end() != null && !m.end().isAfter(m.start())) {
                out.report(Rule.STR_003, m.at().of("end"), m.id(), "Meeting '" + m.id() + "' ends at " + m.end() + ", not after it starts at " + m.start(),
                        "Check the start and end times.");
            }
            if (m.date() == null) {
                continue;
            }
            if (m.papersPublishedOn() != null && m.papersPublishedOn().isAfter(m.date())) {
                out.report(Rule.STR_003, m.at().of("papersPublishedOn"), m.id(), "Papers for meeting '" + m.id() + "' are published on "
                        + m.papersPublishedOn() + ", after the meeting on " + m.date(), "Papers are published before the meeting.");
            }
            for (AgendaItem item : m.items()) {
                if (item.paperDate() != null && item.paperDate().isAfter(m.date())) {
                    out.report(Rule.STR_003, item.at().of("paperDate"), m.id(), "The paper for '" + item.title() + "' is dated "
                            + item.paperDate() + ", after the meeting on " + m.date(), "A paper is dated on or before the meeting it goes to.");
                }
            }
        }
    }

    private static void order(LocalDate from, LocalDate to, Location where, String subject, String message, Findings out) {
        if (from != null && to != null && to.isBefore(from)) {
            out.report(Rule.STR_003, where, subject, capitalise(message) + " (" + from + " to " + to + ")", "Check the two dates.");
        }
    }

    // STR-004 ------------------------------------------------------------------------------

    /** The 42 ICBs of 2022 have Q and two characters; the six of 1 April 2026 five, letter-digit-letter-digit-letter (S9B9J). */
    private static final Pattern ICB = Pattern.compile("Q[A-Z0-9]{2}|[A-Z]\\d[A-Z]\\d[A-Z]");
    private static final Pattern TRUST = Pattern.compile("R[A-Z0-9]{2}");
    private static final Pattern COUNCIL = Pattern.compile("\\d{3}");
    private static final Pattern PRACTICE = Pattern.compile("[A-HJ-NP-Y]\\d{5}");
    private static final Pattern PCN = Pattern.compile("U\\d{5}");
    private static final Pattern NATIONAL = Pattern.compile("X\\d{2}");
    private static final Pattern ANY = Pattern.compile("[A-Z0-9]{3,8}");

    private static void odsCodes(Definition d, Findings out) {
        for (Organisation o : d.organisations()) {
            Pattern shape;
            String example;
            boolean expected = true;
            switch (o.kind()) {
                case ICB -> { shape = ICB; example = "Q plus two characters, e.g. QKS, or for an ICB established in 2026 five letters and digits, e.g. S9B9J"; }
                case NHS_TRUST, FOUNDATION_TRUST -> { shape = TRUST; example = "R plus two characters, e.g. RN7"; }
                // District councils are not commissioners and are not usually given ODS codes.
                case LOCAL_AUTHORITY -> { shape = COUNCIL; example = "three digits, e.g. 820"; expected = o.tier() != LocalAuthorityTier.DISTRICT; }
                case PRIMARY_MEDICAL_SERVICES -> { shape = PRACTICE; example = "a letter and five digits, e.g. G82001"; }
                case NHS_ENGLAND -> { shape = NATIONAL; example = "X24"; }
                default -> { shape = ANY; example = "3 to 8 letters and digits"; expected = false; }
            }
            ods(o.odsCode(), shape, example, expected, o.name(), o.id(), o.at(), out);
        }
        for (Pcn p : d.pcns()) {
            ods(p.odsCode(), PCN, "U plus five digits, e.g. U12345", true, p.name(), p.id(), p.at(), out);
        }
    }

    private static void ods(String code, Pattern shape, String example, boolean expected, String name, String id, Span at, Findings out) {
        if (code == null) {
            if (expected) {
                out.report(Rule.STR_004, at.of("id"), id, name + " has no ODS code", "Add 'ods-code:' (" + example + ").");
            }
            return;
        }
        if (!shape.matcher(code).matches()) {
            out.report(Rule.STR_004, at.of("odsCode"), id, "ODS code '" + code + "' of " + name + " is not of the right shape",
                    "An ODS code for this kind of organisation is " + example + ".");
        }
    }

    // ---------------------------------------------------------------------------------------

    /** The id of a record, when it has one: the subject a justification names. */
    static String subjectOf(Object owner) {
        for (RecordComponent c : owner.getClass().getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                try {
                    return (String) c.getAccessor().invoke(owner);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
