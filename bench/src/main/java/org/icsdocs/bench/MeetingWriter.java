package org.icsdocs.bench;

import static org.icsdocs.core.init.YamlWriter.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.icsdocs.bench.MeetingPlan.Action;
import org.icsdocs.bench.MeetingPlan.Attendance;
import org.icsdocs.bench.MeetingPlan.Item;
import org.icsdocs.bench.MeetingPlan.Section;
import org.icsdocs.core.init.YamlWriter.Node;
import org.icsdocs.core.model.ItemKind;

/**
 * Writes each meeting as the example does: a YAML file with the agenda, attendance and actions,
 * a Markdown paper for every enclosure, and minutes for a meeting that has been held.
 */
final class MeetingWriter {

    /** Every generated paper's finance and equality lines: what a cover sheet for decision must give (MTG-005). */
    private static final String NO_NEW_RISKS = "None beyond those set out when the decisions recorded were taken.";
    private static final String FINANCE = "Within the budget the board has approved; no new funding is asked for.";
    private static final String EQUALITY = "An equality and health inequalities impact assessment was completed and found no adverse effect.";

    private final SystemPlan plan;
    private final PaperWriter papers;
    private final SystemFiles files;

    MeetingWriter(SystemPlan plan, Options options, SystemFiles files) {
        this.plan = plan;
        this.papers = new PaperWriter(plan, options.words());
        this.files = files;
    }

    /** Writes the meetings, given in body and date order as {@link MeetingPlanner} returns them. */
    void write(List<MeetingPlan> meetings) {
        List<MeetingPlan> earlier = new ArrayList<>();
        String body = null;
        for (MeetingPlan m : meetings) {
            if (!m.body().equals(body)) {
                earlier.clear();
                body = m.body();
            }
            // The paper text has its own stream, so the YAML never depends on how long papers are.
            SplittableRandom random = MeetingPlanner.stream(plan.seed(), m.id() + "/papers");
            for (Item item : m.papers()) {
                files.paper(item.paperFile(), papers.paper(m, item, List.copyOf(earlier), random));
            }
            if (m.held()) {
                files.write(m.minutesFile(), papers.minutes(m, random));
            }
            files.yaml(m.yamlFile(), List.of("An invented meeting: date, venue, attendance, agenda, papers and minutes are generated.",
                    m.held() ? "Held on or before the as-of date, so it records attendance, minutes and actions."
                            : "After the as-of date, so it has papers but no attendance, minutes or actions yet."), node().put("meetings", List.of(meeting(m))));
            earlier.add(m);
        }
    }

    private Node meeting(MeetingPlan m) {
        List<Node> agenda = new ArrayList<>();
        for (Section s : m.agenda()) {
            agenda.add(node().put("title", s.title()).put("items", s.items().stream().map(i -> item(m, i)).toList()));
        }
        return node()
                .put("id", m.id())
                .put("body", m.body())
                .put("title", m.title())
                .put("date", m.date())
                .put("start", m.start())
                .put("end", m.end())
                .put("venue", m.venue())
                .put("in-public", m.inPublic())
                .put("private-reason", m.privateReason())
                .put("papers-published-on", m.inPublic() ? m.papersPublishedOn() : null)
                .put("chair", m.chair())
                .put("illustrative", true)
                .put("attendance", m.attendance().stream().map(MeetingWriter::attendance).toList())
                .put("agenda", agenda)
                .put("minutes", m.minutesFile() == null ? null : relative(m, m.minutesFile()))
                .put("actions", m.actions().stream().map(MeetingWriter::action).toList());
    }

    private Node item(MeetingPlan m, Item i) {
        Node n = node()
                .put("number", i.number())
                .put("title", i.title())
                .put("kind", i.kind().key())
                .put("purpose", i.purpose().key())
                .put("presenter", i.presenter())
                .put("start", i.start())
                .put("minutes", i.minutes());
        if (i.kind() == ItemKind.VERBAL) {
            return n;
        }
        return n.put("paper", relative(m, i.paperFile()))
                .put("paper-date", i.paperDate())
                .put("topics", i.topics())
                .put("organisations", i.organisations())
                .put("cover", node()
                        .put("author", i.author())
                        .put("sponsor", i.sponsor())
                        .put("summary", i.summary())
                        .put("recommendation", i.recommendation())
                        .put("objectives", i.objectives())
                        .put("risks", i.risks() != null ? i.risks() : NO_NEW_RISKS)
                        .put("finance", FINANCE)
                        .put("equality", EQUALITY)
                        .put("conflicts", i.conflicts()));
    }

    private static Node attendance(Attendance a) {
        return node().put("person", a.person()).put("status", a.status().key()).put("capacity", a.capacity());
    }

    private static Node action(Action a) {
        return node().put("id", a.id()).put("description", a.description()).put("owner", a.owner()).put("due", a.due())
                .put("status", a.status().key()).put("update", a.update());
    }

    /** A path as the meeting's YAML file names it: relative to the file's own folder. */
    private static String relative(MeetingPlan m, String file) {
        return Path.of(m.yamlFile()).getParent().relativize(Path.of(file)).toString().replace('\\', '/');
    }
}
