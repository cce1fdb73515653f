package org.icsdocs.core.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Integrated Care Boards of England over time and the councils and trusts associated with
 * each, read from the CSV files beside this class's package in the resources (their README gives
 * the sources: the 2022 Establishment Order's 42 ICBs; the 12 abolished and 6 established on
 * 1 April 2026). Everything keeps file order, so any choice made from these lists is the same on
 * every machine.
 */
public final class IcbMap {

    /**
     * One ICB.
     *
     * @param key          the project's key: the ODS code, or for an ICB whose code is not known its
     *                     predecessors' codes joined with "-" (never to be written as an ODS code)
     * @param aliases      keys the ICB was known by before its ODS code was, still accepted (the six
     *                     ICBs of 1 April 2026 were keyed by their predecessors' codes until December 2026)
     * @param dissolvedOn  the last day the ICB existed
     * @param successor    the key of the ICB that took over most of its area
     * @param predecessors the keys of the ICBs it took area from
     * @param note         free text; planned changes live here and nowhere else
     */
    public record Icb(String regionCode, String region, String key, Optional<String> odsCode, Optional<String> onsCode, String name,
                      LocalDate establishedOn, Optional<LocalDate> dissolvedOn, Optional<String> successor, List<String> predecessors,
                      String note, List<String> sources, List<String> aliases) {

        public Icb {
            predecessors = List.copyOf(predecessors);
            sources = List.copyOf(sources);
            aliases = List.copyOf(aliases);
        }

        /** Whether the ICB is known by that key or an alias of it, without regard to case. */
        public boolean knownAs(String typed) {
            String k = typed.strip();
            return key.equalsIgnoreCase(k) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(k));
        }

        /** Whether the ICB exists on that day (established on or before it, not dissolved before it). */
        public boolean existsOn(LocalDate date) {
            return !date.isBefore(establishedOn) && dissolvedOn.map(d -> !date.isAfter(d)).orElse(true);
        }
    }

    /**
     * One row of clusters.csv: ICBs sharing leadership that are expected to merge. Always provisional:
     * nothing here changes which ICBs are in force. The new ICB's name and date are present only where
     * a source gives them (none did on 7 December 2026).
     */
    public record Cluster(String name, List<String> icbKeys, String expected, Optional<String> newIcbName,
                          Optional<LocalDate> newIcbEstablishedOn, String status, List<String> sources) {

        public Cluster {
            icbKeys = List.copyOf(icbKeys);
            sources = List.copyOf(sources);
        }
    }

    /** One row of icb-organisations.csv: a local authority, NHS trust or sub-ICB location associated with an ICB. */
    public record AssociatedOrganisation(String icbKey, String kind, String odsCode, String name) {
    }

    private static final String FOLDER = "/org/icsdocs/core/reference/";

    private final List<Icb> icbs;
    private final List<AssociatedOrganisation> organisations;
    private final List<Cluster> clusters;

    private IcbMap(List<Icb> icbs, List<AssociatedOrganisation> organisations, List<Cluster> clusters) {
        this.icbs = List.copyOf(icbs);
        this.organisations = List.copyOf(organisations);
        this.clusters = List.copyOf(clusters);
    }

    /** The data bundled with ics-core. */
    public static IcbMap bundled() {
        List<Icb> icbs = new ArrayList<>();
        for (List<String> r : Csv.rows(FOLDER + "icbs.csv")) {
            icbs.add(new Icb(r.get(0), r.get(1), r.get(2), optional(r.get(3)), optional(r.get(4)), r.get(5), LocalDate.parse(r.get(6)),
                    optional(r.get(7)).map(LocalDate::parse), optional(r.get(8)), list(r.get(9)), r.get(10), list(r.get(11)), list(r.get(12))));
        }
        List<AssociatedOrganisation> organisations = new ArrayList<>();
        for (List<String> r : Csv.rows(FOLDER + "icb-organisations.csv")) {
            organisations.add(new AssociatedOrganisation(r.get(0), r.get(1), r.get(2), r.get(3)));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<String> r : Csv.rows(FOLDER + "clusters.csv")) {
            clusters.add(new Cluster(r.get(0), list(r.get(1)), r.get(2), optional(r.get(3)), optional(r.get(4)).map(LocalDate::parse),
                    r.get(5), list(r.get(6))));
        }
        return new IcbMap(icbs, organisations, clusters);
    }

    /** The clusters expected to merge, in file order: provisional, never counted in {@link #inForce}. */
    public List<Cluster> clusters() {
        return clusters;
    }

    /** Every ICB that has existed, in file order (the 2022 ICBs, then those established since). */
    public List<Icb> all() {
        return icbs;
    }

    /** The ICBs that exist on that day, in file order. */
    public List<Icb> inForce(LocalDate date) {
        return icbs.stream().filter(i -> i.existsOn(date)).toList();
    }

    /** The ICB of that key or alias, whatever its dates; the key is matched without regard to case. */
    public Optional<Icb> icb(String key) {
        return icbs.stream().filter(i -> i.knownAs(key)).findFirst();
    }

    /**
     * The ICB that took over the area of a dissolved one on a day after its dissolution: its
     * successor, or the successor's successor, as far as the chain goes by that day.
     */
    public Optional<Icb> successorOn(Icb dissolved, LocalDate date) {
        Icb current = dissolved;
        for (int guard = 0; guard < icbs.size() && !current.existsOn(date); guard++) {
            Optional<Icb> next = current.successor().flatMap(this::icb);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return current.existsOn(date) ? Optional.of(current) : Optional.empty();
    }

    /** The key among all ICBs' keys nearest to a mistyped one (fewest single-character edits), for a hint. */
    public String closestKey(String typed) {
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        return icbs.stream().map(Icb::key).min(Comparator.comparingInt((String k) -> editDistance(upper, k)).thenComparing(k -> k))
                .orElseThrow();
    }

    public List<AssociatedOrganisation> localAuthorities(String icbKey) {
        return ofKind(icbKey, "local-authority");
    }

    public List<AssociatedOrganisation> trusts(String icbKey) {
        return ofKind(icbKey, "nhs-trust");
    }

    /** The ICBs existing on that day associated with a trust of this ODS code and name (the code alone is not unique in the data). */
    public List<Icb> icbsAssociatedWith(String trustOdsCode, String trustName, LocalDate date) {
        return inForce(date).stream().filter(icb -> organisations.stream().anyMatch(o -> o.icbKey().equals(icb.key())
                && o.odsCode().equals(trustOdsCode) && o.name().equals(trustName))).toList();
    }

    private List<AssociatedOrganisation> ofKind(String icbKey, String kind) {
        return organisations.stream().filter(o -> o.icbKey().equals(icbKey) && o.kind().equals(kind)).toList();
    }

    private static Optional<String> optional(String field) {
        return field.isBlank() ? Optional.empty() : Optional.of(field);
    }

    private static List<String> list(String field) {
        return field.isBlank() ? List.of() : List.of(field.split(";"));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** RFC 4180 rows ("a, b" quoted is one field) of a bundled CSV file, after its header. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> rows(String resource) {
            try (InputStream in = IcbMap.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("reference data " + resource + " is missing from the classpath");
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
}
