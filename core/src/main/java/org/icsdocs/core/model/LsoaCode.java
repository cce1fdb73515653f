package org.icsdocs.core.model;

import java.util.regex.Pattern;

/**
 * The code of a lower layer super output area in England: E01 and six digits, as the Office for
 * National Statistics publishes them and as NHS England's statutory list of ICB areas cites them
 * ("Integrated care boards in England", column 3: the part of a local authority's area in an
 * ICB's area, given as LSOAs "referred to by codes starting E01").
 */
@Doc("A lower layer super output area code: E01 and six digits, e.g. E01024123.")
public record LsoaCode(String code) implements Comparable<LsoaCode> {

    private static final Pattern SHAPE = Pattern.compile("E01\\d{6}");

    /** The loader's reading of a written code; the message says what is wrong, for a located error. */
    public static LsoaCode parse(String text) {
        String code = text.trim();
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a lower layer super output area code (E01 and six digits)");
        }
        return new LsoaCode(code);
    }

    @Override
    public int compareTo(LsoaCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
