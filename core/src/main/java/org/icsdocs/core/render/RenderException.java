package org.icsdocs.core.render;

import org.icsdocs.core.diagnostic.Location;

/**
 * A template or paper that cannot be rendered: an error in a user's template override, a
 * Markdown paper that cannot be read. Carries where the problem is, so it is reported like a
 * finding rather than as a stack trace.
 */
public class RenderException extends RuntimeException {

    private final Location location;

    public RenderException(Location location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
