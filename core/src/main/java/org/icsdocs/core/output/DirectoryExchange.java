package org.icsdocs.core.output;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.nio.file.Path;

/**
 * Swaps two directories in one step, so that at every instant the published path names a whole
 * folder, the old one or the new one. Linux does this with {@code renameat2(RENAME_EXCHANGE)};
 * Java has no call for it, so it is reached through JNA. Elsewhere, or on a file system that
 * refuses it, the caller falls back to two renames and {@link OutputTree#recover} repairs the gap.
 */
final class DirectoryExchange {

    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 1 << 1;

    /** The one C library call used; JNA binds it by name. */
    interface LinuxLibc extends Library {
        int renameat2(int oldDirectory, String oldPath, int newDirectory, String newPath, int flags);
    }

    private DirectoryExchange() {
    }

    /** Exchanges {@code a} and {@code b} (both must exist); false if this platform or file system cannot. */
    static boolean exchange(Path a, Path b) {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            LinuxLibc libc = Native.load("c", LinuxLibc.class);
            return libc.renameat2(AT_FDCWD, a.toAbsolutePath().toString(), AT_FDCWD, b.toAbsolutePath().toString(), RENAME_EXCHANGE) == 0;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return false; // an old C library without renameat2, or JNA's native part unavailable
        }
    }
}
