package org.icsdocs.core.reference;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icsdocs.core.model.LocalAuthorityTier;

/**
 * How the reference data's organisations are named in running text: ODS names are in capitals
 * ("NHS KENT AND MEDWAY INTEGRATED CARE BOARD"), councils and trusts have long formal names.
 * Locale-independent.
 */
public final class ReferenceNames {

    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "on", "upon", "in");
    private static final Set<String> UPPER_WORDS = Set.of("NHS", "ICB", "BCP");

    /** Metropolitan borough councils whose names do not say so. */
    private static final Set<String> METROPOLITAN = Set.of(
            "Birmingham City Council", "Coventry City Council", "Manchester City Council", "Salford City Council",
            "Newcastle-upon-Tyne City Council", "North Tyneside Council", "South Tyneside Council", "Sunderland City Council",
            "Liverpool City Council", "St Helens Council", "Wirral Borough Council", "Leeds City Council", "Kirklees Council");
    /** County councils in name that are unitary authorities. */
    private static final Set<String> UNITARY_COUNTIES = Set.of(
            "Durham County Council", "Northumberland County Council", "Rutland County Council", "North Yorkshire County Council",
            "Somerset County Council");
    /** London's region code in the reference data: every council there is a London borough (or the City). */
    private static final String LONDON = "Y56";

    private ReferenceNames() {
    }

    /** "NHS NORTH CENTRAL LONDON INTEGRATED CARE BOARD" → "NHS North Central London Integrated Care Board". */
    public static String titleCase(String upper) {
        String[] words = upper.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(titleWord(words[i], i == 0));
        }
        return out.toString();
    }

    private static String titleWord(String word, boolean first) {
        if (UPPER_WORDS.contains(word.replace(",", ""))) {
            return word;
        }
        String[] parts = word.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('-');
            }
            String lower = parts[i].toLowerCase(Locale.ROOT);
            String bare = lower.replace(",", "");
            if ((!first || i > 0) && SMALL_WORDS.contains(bare)) {
                out.append(lower);
            } else if (!lower.isEmpty()) {
                out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
            }
        }
        return out.toString();
    }

    /** The name a council goes by in running text: "London Borough of Barnet" → "Barnet". */
    public static String councilShortName(String name) {
        return switch (name) {
            case "BCP Council" -> "Bournemouth, Christchurch and Poole";
            case "Corporation of the City of London" -> "City of London";
            case "Council of the Isles of Scilly" -> "Isles of Scilly";
            case "Hull City Council" -> "Hull";
            case "Durham County Council" -> "County Durham";
            default -> {
                String s = name;
                for (String prefix : List.of("London Borough of ", "Royal Borough of ", "City of ")) {
                    if (s.startsWith(prefix)) {
                        s = s.substring(prefix.length());
                    }
                }
                for (String suffix : List.of(" Metropolitan Borough Council", " Metropolitan District Council", " County Council",
                        " City Council", " Borough Council", " District Council", " Council")) {
                    if (s.endsWith(suffix)) {
                        s = s.substring(0, s.length() - suffix.length());
                        break;
                    }
                }
                yield s.replace("-upon-", " upon ").replace("-Upon-", " upon ").replace(" Upon ", " upon ");
            }
        };
    }

    /** "Barts Health NHS Trust" → "Barts Health". */
    public static String trustShortName(String name) {
        String s = name;
        for (String suffix : List.of(" University NHS Foundation Trust", " NHS Foundation Trust", " NHS Trust", " Trust")) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        if (s.startsWith("The ")) {
            s = s.substring(4);
        }
        s = s.replaceAll("[,\\s]+$", "");
        return s;
    }

    /**
     * A council's tier judged from its name and region: the reference data does not say, and all
     * its councils are upper-tier (social care authorities), so the choice is between county,
     * unitary, metropolitan and London borough. Judged, not sourced: ics:init marks it to check.
     */
    public static LocalAuthorityTier councilTier(String regionCode, String name) {
        if (LONDON.equals(regionCode)) {
            return LocalAuthorityTier.LONDON_BOROUGH;
        }
        if (name.contains("Metropolitan") || METROPOLITAN.contains(name)) {
            return LocalAuthorityTier.METROPOLITAN;
        }
        if (name.contains("County Council") && !UNITARY_COUNTIES.contains(name)) {
            return LocalAuthorityTier.COUNTY;
        }
        return LocalAuthorityTier.UNITARY;
    }

    /** "NHS Kent and Medway Integrated Care Board" → "Kent and Medway". */
    public static String icbShortName(String titleCasedName) {
        return titleCasedName.replaceFirst("^NHS ", "").replaceFirst(" Integrated Care Board$", "");
    }

    /** "Barnet and Enfield" → "barnet-and-enfield": ids as the definition format writes them. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("’", "");
        s = s.replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s;
    }
}
