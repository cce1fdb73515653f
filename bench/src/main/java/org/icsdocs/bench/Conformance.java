package org.icsdocs.bench;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a set of PDFs for one flavour: how many conform, and the clauses the others fail. */
final class Conformance {

    private Conformance() {
    }

    static String verdict(List<byte[]> pdfs, PDFAFlavour flavour) {
        VeraGreenfieldFoundryProvider.initialise();
        int conforming = 0;
        SortedSet<String> failed = new TreeSet<>();
        for (byte[] pdf : pdfs) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
                ValidationResult result = validator.validate(parser);
                if (result.isCompliant()) {
                    conforming++;
                } else {
                    result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                            .forEach(a -> failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()));
                }
            } catch (Exception e) {
                failed.add("not parsed: " + e.getClass().getSimpleName());
            }
        }
        return String.format(Locale.ROOT, "%d/%d conform%s", conforming, pdfs.size(),
                failed.isEmpty() ? "" : " (failed clauses " + String.join(", ", failed) + ")");
    }
}
