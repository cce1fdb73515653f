package org.icsdocs.core.render.boardpack;

/**
 * How board packs are laid out.
 *
 * @param duplex start each paper on a right-hand (odd) page, for printing on both sides
 */
public record PackOptions(boolean duplex) {

    public static final PackOptions DEFAULT = new PackOptions(false);
}
