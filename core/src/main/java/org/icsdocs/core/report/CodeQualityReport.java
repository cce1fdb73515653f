package org.icsdocs.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;

/**
 * {@code validation.codequality.json}: the findings in GitLab's code quality format (a subset of
 * Code Climate's), which a merge request shows beside the lines it changes. GitLab does not read
 * SARIF for this; the format is in GitLab's documentation, "Code Quality", "Import Code Quality
 * results from a CI/CD job". Justified departures are left out: they are not for a reviewer to fix.
 */
public final class CodeQualityReport {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] render(ValidationFindings outcome) {
        ArrayNode issues = mapper.createArrayNode();
        for (Diagnostic d : outcome.diagnostics()) {
            ObjectNode n = issues.addObject();
            String description = d.hint().isEmpty() ? d.message() : d.message() + ". " + d.hint();
            n.put("description", d.ruleId() + ": " + description);
            n.put("check_name", d.ruleId());
            n.put("fingerprint", fingerprint(d.ruleId() + "\n" + d.location() + "\n" + d.subject() + "\n" + description));
            n.put("severity", severity(d.severity()));
            ObjectNode location = n.putObject("location");
            location.put("path", d.location().file());
            location.putObject("lines").put("begin", Math.max(1, d.location().line()));
        }
        try {
            return (mapper.writeValueAsString(issues) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case ADVICE -> "info";
        };
    }

    /** The same finding at the same place keeps its fingerprint from one build to the next, so GitLab can tell new from old. */
    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
