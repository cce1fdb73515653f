package org.icsdocs.core.transition;

import org.icsdocs.core.diagnostic.Diagnostic;

/**
 * One finding that the assumed commencement brings or takes away.
 *
 * @param appears  true for a finding that holds only once the bill commences (or, for a change by
 *                 date, only on the commencement date)
 * @param byBill   true where the bill makes the difference; false where the date alone does (a
 *                 meeting gone by, an interest ended), whatever the bill
 * @param affects  the document and section it lands in
 * @param action   the change to make to the definition and the documents
 */
public record Change(boolean appears, boolean byBill, Diagnostic finding, String affects, String action) {

    static Change of(boolean appears, boolean byBill, Diagnostic d) {
        Affected affected = Affected.of(d.rule());
        String action;
        if (appears) {
            action = d.hint();
        } else if (byBill) {
            action = "No longer required once the bill commences" + (affected.whenDisappears().isEmpty() ? "." : ": " + affected.whenDisappears() + ".");
        } else {
            action = "Nothing to do: by that date this no longer applies.";
        }
        return new Change(appears, byBill, d, affected.document(), action.strip());
    }
}
