package org.icsdocs.core.render.boardpack;

/**
 * How board packs are laid out.
 *
 * @param duplex start each paper on a right-hand (odd) page, for printing on both sides
 * @param pdf    lay out the printed pack; false publishes only the agenda and papers as HTML (a quick draft)
 */
public record PackOptions(boolean duplex, boolean pdf) {

    public static final PackOptions DEFAULT = new PackOptions(false, true);

    public PackOptions(boolean duplex) {
        this(duplex, true);
    }
}
