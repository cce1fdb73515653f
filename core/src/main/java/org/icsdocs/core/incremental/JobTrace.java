package org.icsdocs.core.incremental;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one rendering job of the last build depended on and wrote.
 *
 * @param key     the job's fingerprint from {@link Fingerprints#key}
 * @param reads   definition files it read, path to fingerprint
 * @param embeds  generated files it embedded (a page embeds a document's fragment), site path to fingerprint
 * @param outputs files it wrote, site path to fingerprint
 */
public record JobTrace(String key, SortedMap<String, String> reads, SortedMap<String, String> embeds, SortedMap<String, String> outputs) {

    public JobTrace {
        reads = new TreeMap<>(reads);
        embeds = new TreeMap<>(embeds);
        outputs = new TreeMap<>(outputs);
    }
}
