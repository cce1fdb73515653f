package org.icsdocs.core.model;

@Doc("Local prose for one section of a document.")
public record LocalProse(
        @Required @Doc("The section key, e.g. introduction, public-involvement.") String section,
        @Required FileRef file,
        Span at) {
}
