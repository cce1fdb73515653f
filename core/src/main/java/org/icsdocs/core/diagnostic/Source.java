package org.icsdocs.core.diagnostic;

import java.util.Objects;

/**
 * Where a rule comes from: an act and its provision, a piece of guidance and its paragraph, or a
 * source document of the project. {@code url} is a public address where one exists, else empty.
 */
public record Source(String title, String provision, String url) {

    public Source {
        Objects.requireNonNull(title, "title");
        provision = provision == null ? "" : provision;
        url = url == null ? "" : url;
    }

    /** One line for messages and catalogues: "National Health Service Act 2006, Sch. 1B para 3". */
    public String citation() {
        return provision.isEmpty() ? title : title + ", " + provision;
    }
}
