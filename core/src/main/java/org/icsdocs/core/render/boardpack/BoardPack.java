package org.icsdocs.core.render.boardpack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One meeting's papers, ready to publish.
 *
 * @param pdf      the printed pack, or null when only HTML was asked for
 * @param pages    its page count
 * @param tagged   whether it claims PDF/UA-1 and PDF/A-3a (not when it carries attached PDFs)
 * @param agenda   the agenda as an HTML fragment for the website
 * @param papers   one HTML fragment per paper, by file name (e.g. {@code 3.1.html}), in agenda order
 * @param files    files the fragments link to (attached PDFs, images), by name within the meeting's folder
 */
public record BoardPack(String meetingId, String title, byte[] pdf, int pages, boolean tagged, String agenda,
                        java.util.Map<String, String> papers, SortedMap<String, byte[]> files) {

    public BoardPack {
        papers = Collections.unmodifiableMap(new LinkedHashMap<>(papers));
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
