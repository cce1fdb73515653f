package org.icsdocs.core.render;

/** Renders one document of the ICS from the definition. */
public interface DocumentRenderer {

    RenderedDocument render(RenderContext context);

    /**
     * The folder of templates holding the document's own templates (e.g. {@code constitution}); with
     * the shared {@code documents} and {@code fonts}, what a template change must re-render it for.
     */
    String templateFamily();

    /** Every template family whose change changes the document: its own, and any another renderer it reuses prints with. */
    default java.util.List<String> templateFamilies() {
        return java.util.List.of(templateFamily());
    }

    /** Whether the definition has this document to publish (the scheme of reservation and delegation only when it records one). */
    default boolean publishes(org.icsdocs.core.model.Definition definition) {
        return true;
    }
}
