package org.icsdocs.core.site;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A page's own part of its incremental key: everything the page record carries (path, title,
 * breadcrumbs, and the data its template reads, such as a meeting and its papers' HTML) as
 * canonical JSON, with properties and map entries in sorted order so that it is the same in
 * every run.
 */
final class PageKey {

    private PageKey() {
    }

    static String of(SitePage page) {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.REQUIRE_HANDLERS_FOR_JAVA8_TIMES) // dates are written field by field: the same in every run
                .build();
        try {
            return mapper.writeValueAsString(page);
        } catch (JsonProcessingException | RuntimeException e) {
            return "unkeyable:" + System.nanoTime(); // a page whose data cannot be written out is always rendered
        }
    }
}
