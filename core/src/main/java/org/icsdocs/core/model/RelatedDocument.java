package org.icsdocs.core.model;

@Doc("A document related to the constitution: standing orders, standing financial instructions, governance handbook…")
public record RelatedDocument(
        @Required @Doc("The document's title.") String title,
        @Doc("Where it is published.") String url,
        FileRef file,
        Span at) {
}
