package org.icsdocs.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@code List<String>} component as holding ids of another kind of
 * thing. One generic check (STR-001) resolves every such reference, so adding a field never
 * means adding a resolution rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Ref {
    RefKind value();
}
