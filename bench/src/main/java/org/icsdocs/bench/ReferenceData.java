package org.icsdocs.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real ICBs of England and their local authorities and trusts, read from the CSV files bundled
 * with this module (see NOTICE.md beside them). Everything keeps file order, so that "the first N
 * ICBs" and every choice made from these lists is the same on every machine.
 */
public final class ReferenceData {

    /** One row of icbs.csv. */
    public record Icb(String regionCode, String region, String odsCode, String onsCode, String name) {
    }

    /** One row of icb-organisations.csv: a local authority, NHS trust or sub-ICB location associated with an ICB. */
    public record Organisation(String icbOdsCode, String kind, String odsCode, String name) {
    }

    private final List<Icb> icbs;
    private final List<Organisation> organisations;

    private ReferenceData(List<Icb> icbs, List<Organisation> organisations) {
        this.icbs = List.copyOf(icbs);
        this.organisations = List.copyOf(organisations);
    }

    /** The data bundled with the module. */
    public static ReferenceData bundled() {
        List<Icb> icbs = new ArrayList<>();
        for (List<String> row : rows("icbs.csv")) {
            icbs.add(new Icb(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (List<String> row : rows("icb-organisations.csv")) {
            organisations.add(new Organisation(row.get(0), row.get(1), row.get(2), row.get(3)));
        }
        return new ReferenceData(icbs, organisations);
    }

    public List<Icb> icbs() {
        return icbs;
    }

    public Optional<Icb> icb(String odsCode) {
        return icbs.stream().filter(i -> i.odsCode().equals(odsCode)).findFirst();
    }

    public List<Organisation> localAuthorities(String icbOdsCode) {
        return ofKind(icbOdsCode, "local-authority");
    }

    public List<Organisation> trusts(String icbOdsCode) {
        return ofKind(icbOdsCode, "nhs-trust");
    }

    /** The other ICBs associated with a trust of this ODS code and name (the code alone is not unique in the data). */
    public List<Icb> icbsServedBy(String trustOdsCode, String trustName) {
        List<Icb> served = new ArrayList<>();
        for (Icb icb : icbs) {
            boolean associated = organisations.stream().anyMatch(o -> o.icbOdsCode().equals(icb.odsCode())
                    && o.odsCode().equals(trustOdsCode) && o.name().equals(trustName));
            if (associated) {
                served.add(icb);
            }
        }
        return served;
    }

    private List<Organisation> ofKind(String icbOdsCode, String kind) {
        return organisations.stream().filter(o -> o.icbOdsCode().equals(icbOdsCode) && o.kind().equals(kind)).toList();
    }

    /** The rows of a bundled CSV file after its header, with RFC 4180 quoting ("a, b" is one field). */
    private static List<List<String>> rows(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(fields(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
