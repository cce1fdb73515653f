package org.icsdocs.core.render.constitution;

import java.util.List;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.validate.JustifiedFinding;
import org.icsdocs.core.validate.ValidationReport;

/**
 * The justified departures from national guidance, placed in the part of the constitution they
 * concern: a board rule beside the composition of the board, a place rule beside that place. A
 * reader (and NHS England, approving the constitution) sees each departure and its reason where
 * the text departs, not in a list at the back.
 */
public final class Departures {

    /** Where in the constitution a departure is stated: the id of the section or paragraph it concerns. */
    public static final List<String> PLACES = List.of("introduction", "composition", "appointments", "general", "committees",
            "joint-committees", "places", "collaboratives", "nhs-england", "local-authorities", "decisions", "financial-instructions",
            "conflicts", "accountability", "public-involvement");

    /** One departure as printed. */
    public record Departure(String ruleId, String subject, String subjectName, String summary, String reason, String basis,
                            boolean nationalGuidance) {
    }

    private final List<JustifiedFinding> justified;
    private final DefinitionIndex index;

    public Departures(ValidationReport report, DefinitionIndex index) {
        this.justified = report == null ? List.of() : report.justified();
        this.index = index;
    }

    /** Where departures from rules about the definition's files go: nowhere in the constitution. */
    public static final String NOT_STATED = "";

    /** The place a rule's departures are stated, by the part of the model constitution the rule is about. */
    public static String placeOf(Rule rule) {
        return switch (rule) {
            case BRD_010, BRD_014, BRD_016 -> "appointments";
            case FDM_003, SOD_006 -> "nhs-england";
            case FDM_004, FIN_002 -> "local-authorities";
            case FDM_005, ICP_001, ICP_002, ICP_003, ICP_004 -> "joint-committees";
            case FDM_006 -> "places";
            case ICP_005, MTG_001, MTG_004 -> "accountability";
            case MTG_002, MTG_003, MTG_005 -> "decisions";
            default -> switch (rule.family()) {
                case "BRD" -> "composition";
                case "CTE" -> "committees";
                case "PLC", "NBH" -> "places";
                case "PCL" -> "collaboratives";
                // SOD: the scheme of reservation and delegation, which the section on the exercise of functions introduces
                case "FDM", "CLD", "DIG", "SOD" -> "general";
                case "FIN" -> "financial-instructions";
                case "COI" -> "conflicts";
                case "ENG" -> "public-involvement";
                case "OFF", "EQD" -> "accountability";
                // REC, GHS, POL: about the record of meetings, the registers and the policies as kept from day
                // to day, which the constitution does not carry; a departure there is the body's record, not a clause
                case "REC", "GHS", "POL" -> NOT_STATED;
                // DEF, STR, INI: about the definition's files (an ODS code, a path, a placeholder), not the
                // ICB's governance; HBL: a bill not in force. A constitution NHS England approves has no place for them
                default -> NOT_STATED;
            };
        };
    }

    /** All departures stated in one place, in the report's order. */
    public List<Departure> in(String place) {
        return justified.stream().filter(j -> placeOf(j.finding().rule()).equals(place)).map(this::departure).toList();
    }

    /** The departures of one place about one subject (a committee, a place, a function), for its entry. */
    public List<Departure> about(String place, String subject) {
        return in(place).stream().filter(d -> subject.equals(d.subject())).toList();
    }

    /** The departures of one place not about any of the subjects its entries already stated. */
    public List<Departure> others(String place, List<String> subjectsStated) {
        return in(place).stream().filter(d -> d.subject() == null || !subjectsStated.contains(d.subject())).toList();
    }

    public boolean any() {
        return !justified.isEmpty();
    }

    private Departure departure(JustifiedFinding j) {
        String subject = j.finding().subject();
        return new Departure(j.finding().ruleId(), subject, subjectName(subject), j.finding().rule().summary(), j.justification().reason(),
                j.finding().rule().basis(), j.finding().rule().nationalGuidance());
    }

    private String subjectName(String id) {
        if (id == null) {
            return null;
        }
        if (index.person(id).isPresent()) {
            return index.personName(id);
        }
        if (index.function(id).isPresent()) {
            IcbFunction f = index.function(id).get();
            return f.name() + " (" + f.id() + ")";
        }
        if (index.meeting(id).isPresent()) {
            return index.meeting(id).get().title() == null ? id : index.meeting(id).get().title();
        }
        return index.bodyName(id);
    }
}
