package org.icsdocs.core.site;

import java.util.List;
import java.util.Map;
import org.icsdocs.core.site.SitePage.Crumb;

/**
 * The pages a public body publishes about itself beside its structure: the registers of gifts,
 * hospitality and sponsorship and of procurement decisions, the publication scheme (Freedom of
 * Information Act 2000 s19, by the classes of the ICO's definition document for health bodies),
 * how to make a request for information, how to complain, the key policies and the governance
 * handbook.
 */
final class TransparencyPages {

    static final Crumb SCHEME = new Crumb("Publication scheme", "publication-scheme.html");
    private static final Crumb DOCUMENTS = new Crumb("Documents", "documents.html");

    private TransparencyPages() {
    }

    static List<SitePage> of() {
        List<Crumb> underScheme = List.of(StructurePages.HOME, SCHEME);
        return List.of(
                StructurePages.page("gifts-and-hospitality.html", "Gifts, hospitality and sponsorship",
                        "Gifts, hospitality and sponsorship offered to the ICB and its people, accepted or declined, and who decided.",
                        "gifts-and-hospitality", "board.html", List.of(StructurePages.HOME, StructurePages.ICB), Map.of(), List.of("GHS-")),
                StructurePages.page("procurement.html", "Procurement decisions",
                        "Decisions to award contracts for health care services: the process, the value, who decided, conflicts and the notice.",
                        "procurement", "board.html", List.of(StructurePages.HOME, StructurePages.ICB), Map.of(), List.of("PSR-")),
                StructurePages.page("publication-scheme.html", "Publication scheme",
                        "The information the ICB publishes, by the classes the Information Commissioner sets for health bodies, and how to ask for the rest.",
                        "publication-scheme", "documents.html", List.of(StructurePages.HOME, DOCUMENTS), Map.of(), List.of()),
                StructurePages.page("foi.html", "Make a freedom of information request",
                        "How to ask for information the ICB holds, and when you will have an answer.",
                        "foi", "documents.html", underScheme, Map.of(), List.of()),
                StructurePages.page("complaints.html", "How to complain",
                        "How to complain about the ICB or a service it pays for, and what happens next.",
                        "complaints", "documents.html", underScheme, Map.of(), List.of()),
                StructurePages.page("policies.html", "Policies",
                        "The ICB's key policies, who approved them and when they are due for review.",
                        "policies", "documents.html", underScheme, Map.of(), List.of("POL-")),
                StructurePages.page("handbook.html", "Governance handbook",
                        "The constitution, the committees' terms of reference and the registers in one document.",
                        "handbook", "documents.html", List.of(StructurePages.HOME, DOCUMENTS),
                        Map.of("styles", List.of("assets/documents/constitution.css")), List.of()));
    }
}
