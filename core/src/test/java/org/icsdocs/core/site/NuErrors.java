package org.icsdocs.core.site;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Collects the Nu checker's errors with the page and line they are on; warnings are not errors. */
final class NuErrors implements ErrorHandler {
    String page;
    final List<String> found = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
    }

    @Override
    public void error(SAXParseException e) {
        found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }
}
