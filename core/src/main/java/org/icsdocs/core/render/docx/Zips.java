package org.icsdocs.core.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a ZIP (a DOCX) with every entry dated the build instant, so builds are byte-identical. */
final class Zips {

    private Zips() {
    }

    static byte[] withFixedTimes(byte[] zip, Instant when) {
        // DOS times are local times: set the UTC wall clock as the local one, so the bytes do not depend on the time zone
        java.time.LocalDateTime time = java.time.LocalDateTime.ofInstant(when, java.time.ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
