package org.icsdocs.core.build;

import java.util.function.Supplier;

/** A value made once, on first use, by whichever thread asks first: what a build needs only if something is rendered (fonts, templates). */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
