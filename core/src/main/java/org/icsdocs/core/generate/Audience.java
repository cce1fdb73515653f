package org.icsdocs.core.generate;

/**
 * Who a generation is for, which decides what goes in its folder. The public folder is the website
 * (documents, packs of meetings held in public, pages) and is published as it is; the members'
 * folder holds the packs of meetings held in private, for the board or committee, and never
 * shares a folder with anything published.
 */
public enum Audience {
    PUBLIC,
    MEMBERS;

    /** Where the members' packs go beside a site folder: {@code target/ics/site} has {@code target/ics/private}. */
    public static java.nio.file.Path membersFolder(java.nio.file.Path siteFolder) {
        return siteFolder.toAbsolutePath().normalize().resolveSibling("private");
    }
}
