package org.icsdocs.core.validate;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.LsoaCode;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.Span;

/**
 * Visits every record in a definition with each of its components. Generic checks (every
 * reference resolves, every named file is safe) use it, so they cover fields added later for free.
 */
final class ModelWalker {

    /** Called for each component of each record reached. */
    interface Visitor {
        /**
         * @param ancestors the records above the owner, outermost first (the definition, a meeting,
         *                  an agenda section…), so a message can say where in the definition a value sits
         */
        void visit(List<Object> ancestors, Object owner, Span span, RecordComponent component, Object value);
    }

    private ModelWalker() {
    }

    static void walk(Object root, Visitor visitor) {
        walk(root, visitor, 0, new ArrayList<>());
    }

    private static void walk(Object node, Visitor visitor, int depth, List<Object> ancestors) {
        if (node == null || depth > 64) {
            return;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                walk(item, visitor, depth + 1, ancestors);
            }
            return;
        }
        Class<?> type = node.getClass();
        if (!type.isRecord() || node instanceof Span || node instanceof FileRef || node instanceof Money || node instanceof LsoaCode) {
            return;
        }
        Span span = spanOf(node);
        List<Object> above = List.copyOf(ancestors);
        ancestors.add(node);
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Span.class) {
                continue;
            }
            Object value = value(c, node);
            visitor.visit(above, node, span, c, value);
            walk(value, visitor, depth + 1, ancestors);
        }
        ancestors.remove(ancestors.size() - 1);
    }

    static Span spanOf(Object record) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() == Span.class) {
                Span s = (Span) value(c, record);
                return s == null ? Span.NONE : s;
            }
        }
        return Span.NONE;
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
