package org.icsdocs.core.diagnostic;

/**
 * A place in a source file: the path as the user knows it (relative to the project, forward
 * slashes) and a 1-based line and column. Line 0 means the file as a whole.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
