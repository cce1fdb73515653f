package org.icsdocs.core.render;

/** Renders one document of the ICS from the definition. */
public interface DocumentRenderer {

    RenderedDocument render(RenderContext context);
}
