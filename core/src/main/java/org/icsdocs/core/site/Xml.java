package org.icsdocs.core.site;

/** Escaping for the XML files the site writes by hand (sitemap, feed). */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
