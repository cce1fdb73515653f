package org.icsdocs.core.render.boardpack;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.AgendaSection;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.CoverSheet;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.IcsProfile;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.boardpack.PackView.CoverView;
import org.icsdocs.core.render.boardpack.PackView.DeclaredInterest;
import org.icsdocs.core.render.boardpack.PackView.ItemView;
import org.icsdocs.core.render.boardpack.PackView.Paper;
import org.icsdocs.core.render.boardpack.PackView.PreviousMinutes;
import org.icsdocs.core.render.boardpack.PackView.SectionView;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.validate.InterestMatcher;

/** Reads one meeting out of the definition into the {@link PackView} its templates print. */
final class PackBuilder {

    /** Longest item title the running header prints before shortening it. */
    private static final int HEADER_TITLE = 55;

    private final RenderContext context;
    private final DefinitionIndex index;
    private final Meeting meeting;
    private final Papers papers;
    private final AttachedPdfs attachments;

    PackBuilder(RenderContext context, Meeting meeting, Papers papers, AttachedPdfs attachments) {
        this.context = context;
        this.index = context.index();
        this.meeting = meeting;
        this.papers = papers;
        this.attachments = attachments;
    }

    PackView build() {
        String body = index.bodyName(meeting.body());
        String title = Words.text(meeting.title()) == null ? "Meeting of " + body : meeting.title();
        String date = Words.date(meeting.date());
        String header = body + " · " + date;
        List<SectionView> sections = new ArrayList<>();
        for (int s = 0; s < meeting.agenda().size(); s++) {
            AgendaSection section = meeting.agenda().get(s);
            List<ItemView> items = new ArrayList<>();
            for (int i = 0; i < section.items().size(); i++) {
                items.add(item(section.items().get(i), (s + 1) + "-" + (i + 1), header));
            }
            sections.add(new SectionView(String.valueOf(s + 1), section.title(), "agenda-section-" + (s + 1), items));
        }
        IcsProfile ics = context.definition().ics();
        return new PackView(meeting.id(), icbName(), body, title, part(), meeting.isPublic() ? null : Words.text(meeting.privateReason()),
                Words.day(meeting.date()), Words.span(meeting.start(), meeting.end()), Words.text(meeting.venue()), chair(),
                Words.date(meeting.papersPublishedOn()), logo(), ics == null ? null : Words.text(ics.illustrativeNotice()),
                sections, previous(sections), ActionLog.rows(meeting, index), Register.of(meeting, index), date, attendeesNote(body),
                Words.date(next(meeting, context.definition().meetings())));
    }

    /** The date of the body's next meeting after this one; for a meeting in public, its next meeting in public. */
    static java.time.LocalDate next(Meeting meeting, List<Meeting> all) {
        if (meeting.date() == null || meeting.body() == null) {
            return null;
        }
        return all.stream().filter(m -> meeting.body().equals(m.body()) && m.date() != null && m.date().isAfter(meeting.date()))
                .filter(m -> !meeting.isPublic() || m.isPublic())
                .map(Meeting::date).min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    private ItemView item(AgendaItem item, String key, String header) {
        String number = meeting.numberOf(item);
        String withheld = meeting.isPublic() ? Words.text(item.privateReason()) : null;
        Paper paper = item.paper() == null || withheld != null ? null : paper(item.paper(), key, number);
        List<DeclaredInterest> declarations = new InterestMatcher(index).touching(meeting, item).stream()
                .map(t -> new DeclaredInterest(index.personName(t.person()), Words.interestType(t.interest().type()),
                        Register.organisation(t.interest(), index), t.interest().nature(), Words.text(t.interest().management())))
                .toList();
        return new ItemView(number, item.title(), "item-" + key, "agenda-" + key, Words.label(item.kind()), Words.label(item.purpose()),
                item.presenter() == null ? null : index.personName(item.presenter()), Words.slot(item.start(), item.minutes()), withheld,
                cover(item), paper, declarations, fileName(number) + ".html",
                header + " · Item " + number + " " + Words.shorten(item.title(), HEADER_TITLE));
    }

    private Paper paper(FileRef file, String key, String number) {
        if (file.extension().equals("pdf")) {
            int pages = attachments.pages(file);
            Paper paper = papers.pdf(file, pages, "attached-" + key, fileName(number));
            attachments.place(file, paper.placeholders());
            return paper;
        }
        return papers.markdown(file, "paper-" + key + "-", fileName(number));
    }

    private CoverView cover(AgendaItem item) {
        CoverSheet c = item.cover();
        String paperDate = Words.date(item.paperDate());
        if (c == null) {
            return new CoverView(null, null, paperDate, null, null, List.of(), null, null, null, null, null);
        }
        return new CoverView(c.author() == null ? null : index.personName(c.author()), c.sponsor() == null ? null : index.personName(c.sponsor()),
                paperDate, Words.text(c.summary()), Words.text(c.recommendation()), c.objectives(), Words.text(c.risks()),
                Words.text(c.finance()), Words.text(c.equality()), Words.text(c.engagement()), Words.text(c.conflicts()));
    }

    /** The previous meeting's minutes; not printed twice when this agenda already carries them as a paper. */
    private PreviousMinutes previous(List<SectionView> sections) {
        Meeting previous = ActionLog.previous(meeting, index).orElse(null);
        if (previous == null) {
            return null;
        }
        String title = Words.text(previous.title()) == null ? "Meeting of " + index.bodyName(previous.body()) : previous.title();
        if (previous.minutes() == null) {
            return new PreviousMinutes(title, Words.date(previous.date()), null, null, resolutions(previous));
        }
        List<AgendaItem> items = meeting.items();
        List<ItemView> views = sections.stream().flatMap(s -> s.items().stream()).toList();
        for (int i = 0; i < items.size(); i++) {
            FileRef paper = items.get(i).paper();
            if (paper != null && paper.resolved().equals(previous.minutes().resolved()) && views.get(i).hasEnclosure()) {
                return new PreviousMinutes(title, Words.date(previous.date()), null, views.get(i), resolutions(previous));
            }
        }
        return new PreviousMinutes(title, Words.date(previous.date()), papers.markdown(previous.minutes(), "previous-minutes-", "minutes").printHtml(), null,
                resolutions(previous));
    }

    /** The previous meeting's resolutions, numbered as minuted, for the board to check against the minutes. */
    private static List<PackView.ResolutionLine> resolutions(Meeting previous) {
        return previous.resolutions().stream().map(r -> new PackView.ResolutionLine(Words.text(r.resolution().number()),
                previous.numberOf(r.item()) + " " + r.item().title(), r.resolution().wording().strip(), r.resolution().outcome().label(),
                r.resolution().votes() == null ? "By consensus" : "By vote: " + r.resolution().votes().inFavour() + " for, "
                        + r.resolution().votes().against() + " against, " + (r.resolution().votes().abstained() == null ? 0 : r.resolution().votes().abstained()) + " abstaining"))
                .toList();
    }

    private String part() {
        if (meeting.inPublic() == null) {
            return null;
        }
        return meeting.isPublic() ? "Held in public" : "Held in private";
    }

    private String chair() {
        String chair = meeting.chair();
        if (chair == null && index.isBoard(meeting.body())) {
            chair = index.definition().board().withRole(BoardRole.CHAIR).stream().map(m -> m.person()).findFirst().orElse(null);
        } else if (chair == null && index.isIcp(meeting.body())) {
            chair = index.definition().icp().chair();
        } else if (chair == null) {
            chair = index.committee(meeting.body()).map(c -> c.chair()).orElse(null);
        }
        return chair == null ? null : index.personName(chair);
    }

    private String icbName() {
        return index.icb().map(Organisation::name)
                .orElse(context.definition().ics() == null ? "Integrated care board" : context.definition().ics().name());
    }

    private String attendeesNote(String body) {
        return meeting.attendance().isEmpty()
                ? "No attendance is recorded yet, so interests are shown for the members of " + body + ", who are expected to attend."
                : null;
    }

    private String logo() {
        IcsProfile ics = context.definition().ics();
        if (ics == null || ics.logo() == null || !context.exists(ics.logo().resolved())) {
            return null;
        }
        String type = switch (ics.logo().extension()) {
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            default -> "image/jpeg";
        };
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(context.read(ics.logo().resolved()));
    }

    /** An item number as a file name: "3.1" stays, anything unusual becomes a hyphen. */
    static String fileName(String number) {
        String safe = number.replaceAll("[^A-Za-z0-9.-]", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "item" : safe.toLowerCase(Locale.ROOT);
    }
}
