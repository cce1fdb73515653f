package org.icsdocs.core.render.boardpack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.model.Declaration;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.render.boardpack.PackView.InterestRow;
import org.icsdocs.core.render.boardpack.PackView.RegisterEntry;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.validate.InterestRules;

/**
 * The register of interests of the body that meets, as it stands on the meeting's date: every
 * member, each interest with how it is managed, nil returns stated, and declarations whose yearly
 * review (COI-004) is overdue on that date flagged.
 */
final class Register {

    private Register() {
    }

    static List<RegisterEntry> of(Meeting meeting, DefinitionIndex index) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (DefinitionIndex.BodyMember member : index.membersOf(meeting.body())) {
            String name = index.personName(member.person());
            Declaration dec = index.declarationOf(member.person()).orElse(null);
            if (dec == null) {
                entries.add(new RegisterEntry(name, member.role(), null, null, false, true, false, List.of()));
                continue;
            }
            LocalDate due = InterestRules.reviewDue(dec);
            List<InterestRow> rows = dec.interests().stream().map(i -> row(i, index)).toList();
            entries.add(new RegisterEntry(name, member.role(), declared(dec), Words.date(due),
                    InterestRules.overdue(dec, meeting.date()), false, dec.isNil(), rows));
        }
        return entries;
    }

    /** "Declared 14 April 2026; reviewed 1 May 2026". */
    private static String declared(Declaration dec) {
        String text = dec.declaredOn() == null ? "" : "Declared " + Words.date(dec.declaredOn());
        if (dec.reviewedOn() != null) {
            text += (text.isEmpty() ? "Reviewed " : "; reviewed ") + Words.date(dec.reviewedOn());
        }
        return text;
    }

    private static InterestRow row(Interest i, DefinitionIndex index) {
        return new InterestRow(Words.interestType(i.type()), organisation(i, index), i.nature(), Words.shortDate(i.from()), Words.shortDate(i.to()),
                Words.text(i.management()));
    }

    static String organisation(Interest i, DefinitionIndex index) {
        if (i.organisation() != null) {
            return index.organisation(i.organisation()).map(o -> o.name())
                    .or(() -> index.pcn(i.organisation()).map(p -> p.name()))
                    .orElse(i.organisation());
        }
        return Words.text(i.organisationName());
    }
}
