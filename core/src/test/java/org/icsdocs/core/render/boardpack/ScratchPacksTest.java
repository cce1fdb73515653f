package org.icsdocs.core.render.boardpack;

import org.junit.jupiter.api.Test;

class ScratchPacksTest {
    @Test
    void renderAll() {
        var context = PackRendering.context(PackRendering.EXAMPLE);
        for (var m : context.definition().meetings()) {
            long t = System.nanoTime();
            BoardPack pack = PackRendering.render(context, m.id(), PackOptions.DEFAULT);
            System.err.println("PACK " + m.id() + " " + pack.pages() + " pages " + (System.nanoTime() - t) / 1_000_000 + " ms");
            PackRendering.keep(pack, m.id());
        }
    }
}
