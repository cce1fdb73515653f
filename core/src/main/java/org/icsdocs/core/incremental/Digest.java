package org.icsdocs.core.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of bytes, text and files, as hex. */
public final class Digest {

    /** What a fingerprint of a file that is not there reads as, so that a file appearing is a change too. */
    public static final String ABSENT = "absent";

    /** What a dependency on a file's existence alone (a link to it) records: any content matches. */
    public static final String PRESENT = "present";

    private final MessageDigest sha = sha256();

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file's fingerprint, read in chunks so that an enormous attachment is never held in memory. */
    public static String ofFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return ABSENT;
        }
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Adds a labelled part to a running fingerprint; labels keep "ab"+"c" apart from "a"+"bc". */
    public Digest add(String label, String value) {
        sha.update((label + '\u0000' + value.length() + '\u0000' + value + '\u0000').getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
