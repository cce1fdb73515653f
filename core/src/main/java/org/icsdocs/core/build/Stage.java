package org.icsdocs.core.build;

/**
 * The order jobs run in. Jobs of one stage run together on the pool; a stage starts when the one
 * before has written everything, because its jobs read that output (a page embeds the fragments
 * of the documents and packs; the search index sums up the pages).
 */
public enum Stage {
    /** Rendered from the definition alone: documents and board packs. */
    SOURCES,
    /** Embedding what the sources wrote: the website's pages. */
    EMBEDDING,
    /** Summing up what was embedded: the search index, sitemap, feed and the site's other files. */
    SUMMARY
}
