package org.icsdocs.core.model;

@Doc("A document related to the constitution: standing orders, standing financial instructions, governance handbook…")
public record RelatedDocument(
        @Required String title,
        String url,
        FileRef file,
        Span at) {
}
