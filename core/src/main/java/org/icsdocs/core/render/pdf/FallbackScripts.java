package org.icsdocs.core.render.pdf;

import org.icsdocs.core.fonts.EmbeddedFonts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Puts text that Liberation cannot draw (an Arabic or Chinese name) in a span whose font family
 * names the fallback faces. Naming the fallbacks on the body instead would let the PDF engine size
 * every line for their taller ascents and descents, and documents grow by a third.
 */
final class FallbackScripts {

    private FallbackScripts() {
    }

    static void mark(Element body) {
        java.util.List<TextNode> needing = new java.util.ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !inStyleOrScript(text) && needsFallback(text.getWholeText())) {
                    needing.add(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        needing.forEach(FallbackScripts::split);
    }

    private static boolean inStyleOrScript(TextNode text) {
        Node parent = text.parentNode();
        return parent instanceof Element e && (e.normalName().equals("style") || e.normalName().equals("script"));
    }

    private static boolean needsFallback(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!EmbeddedFonts.primaryDraws(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Replaces a text node with runs: plain text where Liberation draws it, a fallback span where not (spaces join either). */
    private static void split(TextNode node) {
        String text = node.getWholeText();
        Node last = node;
        int start = 0;
        Boolean fallback = null;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : -1;
            boolean neutral = cp != -1 && (Character.isWhitespace(cp) || Character.getType(cp) == Character.OTHER_PUNCTUATION && cp < 0x80);
            boolean here = cp != -1 && !EmbeddedFonts.primaryDraws(cp);
            if (cp == -1 || (!neutral && fallback != null && here != fallback)) {
                String run = text.substring(start, i);
                Node piece = Boolean.TRUE.equals(fallback)
                        ? new Element("span").attr("style", "font-family: " + EmbeddedFonts.FALLBACK_FAMILIES).appendText(run)
                        : new TextNode(run);
                last.after(piece);
                last = piece;
                start = i;
                fallback = here;
            } else if (fallback == null && !neutral) {
                fallback = here;
            }
            i += cp == -1 ? 1 : Character.charCount(cp);
        }
        node.remove();
    }
}
