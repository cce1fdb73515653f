package org.icsdocs.core.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.IcsProfile;
import org.icsdocs.core.model.LsoaCode;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartialArea;

/**
 * STR-006: the parts of local authorities' areas in the ICB's area. The constitution must specify
 * the area (NHS Act 2006 Sch. 1B para 2(b)); NHS England's statutory list of ICB areas gives a
 * divided authority's part as lower layer super output areas, so each must be named once and the
 * authority must be one whose area can be divided that way.
 */
final class PartialAreas {

    private PartialAreas() {
    }

    static void check(IcsProfile ics, DefinitionIndex index, Findings out) {
        Set<String> authorities = new HashSet<>();
        Map<LsoaCode, String> listedFor = new HashMap<>();
        for (PartialArea part : ics.partlyInArea()) {
            String name = index.organisation(part.authority()).map(o -> o.name()).orElse(part.authority());
            Location at = part.at().of("authority");
            index.organisation(part.authority())
                    .filter(o -> o.kind() != OrganisationKind.LOCAL_AUTHORITY)
                    .ifPresent(o -> out.report(Rule.STR_006, at, part.authority(),
                            name + " is named as partly in the ICB's area, but it is not a local authority",
                            "Name the district, unitary or county council whose area the ICB's boundary divides."));
            if (!authorities.add(part.authority())) {
                out.report(Rule.STR_006, at, part.authority(), name + " is named twice as partly in the ICB's area",
                        "List all of its lower layer super output areas under one entry.");
            }
            if (part.lsoas().isEmpty()) {
                out.report(Rule.STR_006, part.at().of("lsoas"), part.authority(),
                        "no lower layer super output area of " + name + " is listed as in the ICB's area",
                        "List the codes of its areas in the ICB's area, as NHS England's list of ICB areas gives them; if all of it is in the area, name it under local-authorities instead.");
            }
            for (LsoaCode code : part.lsoas()) {
                String earlier = listedFor.putIfAbsent(code, name);
                if (earlier != null) {
                    out.report(Rule.STR_006, part.at().of("lsoas"), part.authority(),
                            "lower layer super output area " + code + " is listed twice (" + (earlier.equals(name) ? "for " + name : "for " + earlier + " and " + name) + ")",
                            "An area lies in one local authority: keep it once, under the authority it belongs to.");
                }
            }
        }
    }
}
