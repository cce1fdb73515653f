package org.icsdocs.core.render.amendment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.render.RenderException;

/**
 * Reads and writes constitution snapshots. A snapshot that cannot be used is an error at the
 * file, line and column that make it so: not JSON, not a snapshot, written by a newer ics-docs, or
 * a snapshot of another ICB's constitution.
 */
public final class SnapshotFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public byte[] write(ConstitutionSnapshot snapshot) {
        try {
            return (JSON.writeValueAsString(snapshot).replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param file       the file as the definition names it, for messages
     * @param bytes      its content
     * @param expectedIcs the {@code ics.id} of the definition it is compared with
     */
    public ConstitutionSnapshot read(String file, byte[] bytes, String expectedIcs) {
        Map<String, Location> fields = topLevelFields(file, bytes);
        ConstitutionSnapshot s;
        try {
            s = JSON.readValue(bytes, ConstitutionSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new RenderException(at(file, e.getLocation()), "the constitution snapshot is not in the expected shape: "
                    + e.getOriginalMessage() + "; write it again with the ics:snapshot goal", null);
        } catch (IOException e) {
            throw new RenderException(Location.ofFile(file), "cannot read the constitution snapshot: " + e.getMessage(), e);
        }
        if (!ConstitutionSnapshot.FORMAT.equals(s.format())) {
            throw new RenderException(fields.getOrDefault("format", Location.ofFile(file)),
                    "this file is not an ics-docs constitution snapshot (its \"format\" is not \"" + ConstitutionSnapshot.FORMAT + "\")", null);
        }
        if (s.formatVersion() > ConstitutionSnapshot.FORMAT_VERSION) {
            throw new RenderException(fields.getOrDefault("formatVersion", Location.ofFile(file)),
                    "the constitution snapshot was written by a newer ics-docs (" + s.icsDocs() + ", snapshot format " + s.formatVersion()
                            + "); this ics-docs reads format " + ConstitutionSnapshot.FORMAT_VERSION + " and older. Update ics-docs", null);
        }
        if (expectedIcs != null && !expectedIcs.equals(s.ics())) {
            throw new RenderException(fields.getOrDefault("ics", Location.ofFile(file)),
                    "the constitution snapshot is of " + (s.icb() == null ? "another system" : s.icb()) + " (ics '" + s.ics()
                            + "'), not of this definition (ics '" + expectedIcs + "')", null);
        }
        if (s.version() == null || s.clauses().isEmpty()) {
            throw new RenderException(fields.getOrDefault(s.version() == null ? "version" : "clauses", Location.ofFile(file)),
                    "the constitution snapshot has no " + (s.version() == null ? "version" : "clauses"), null);
        }
        return s;
    }

    /** Where each top-level field starts, for messages; a file that is not JSON fails here, at the first bad character. */
    private static Map<String, Location> topLevelFields(String file, byte[] bytes) {
        Map<String, Location> at = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (depth == 1) {
                            at.put(p.currentName(), at(file, p.currentTokenLocation()));
                        }
                    }
                    default -> { }
                }
            }
            if (at.isEmpty()) {
                throw new RenderException(Location.ofFile(file), "the constitution snapshot is empty or not a JSON object", null);
            }
        } catch (JsonProcessingException e) {
            throw new RenderException(at(file, e.getLocation()), "the constitution snapshot is corrupt (not valid JSON): "
                    + e.getOriginalMessage() + "; restore it from version control or write it again with the ics:snapshot goal", null);
        } catch (IOException e) {
            throw new RenderException(Location.ofFile(file), "cannot read the constitution snapshot: " + e.getMessage(), e);
        }
        return at;
    }

    private static Location at(String file, JsonLocation l) {
        return l == null ? Location.ofFile(file) : new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
