package org.icsdocs.bench;

/** Does nothing: timing it gives the JVM's start, to subtract from a whole rebuild's time. */
public final class JvmStart {

    private JvmStart() {
    }

    public static void main(String[] args) {
        // nothing: the time of this process is the JVM's start and stop
    }
}
