package org.icsdocs.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.reference.IcbMap;

/**
 * The real ICBs of England in force on one day, with their local authorities and trusts: the map
 * of ics-core's reference data ({@link IcbMap}, the project's only copy) as at that day, so that
 * a workload dated 2026-11-01 has the 36 ICBs of the April 2026 map and one dated before April
 * 2026 the 42 of 2022. Everything keeps file order, so that "the first N ICBs" and every choice
 * made from these lists is the same on every machine.
 */
public final class ReferenceData {

    /**
     * One ICB in force.
     *
     * @param key     the reference data's key: the ODS code, or a project-local key for an ICB whose code is not known
     * @param odsCode the ODS code, or null when not known
     * @param onsCode the ONS code, or null when not known
     */
    public record Icb(String regionCode, String region, String key, String odsCode, String onsCode, String name) {
    }

    /** A local authority, NHS trust or sub-ICB location associated with an ICB. */
    public record Organisation(String icbKey, String kind, String odsCode, String name) {
    }

    private final IcbMap map;
    private final LocalDate date;
    private final List<Icb> icbs;

    private ReferenceData(IcbMap map, LocalDate date) {
        this.map = map;
        this.date = date;
        this.icbs = map.inForce(date).stream().map(ReferenceData::icb).toList();
    }

    /** The map in force on that day. */
    public static ReferenceData asAt(LocalDate date) {
        return new ReferenceData(IcbMap.bundled(), date);
    }

    private static Icb icb(IcbMap.Icb i) {
        return new Icb(i.regionCode(), i.region(), i.key(), i.odsCode().orElse(null), i.onsCode().orElse(null), i.name());
    }

    public List<Icb> icbs() {
        return icbs;
    }

    public Optional<Icb> icb(String key) {
        return icbs.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public List<Organisation> localAuthorities(String icbKey) {
        return map.localAuthorities(icbKey).stream().map(ReferenceData::organisation).toList();
    }

    public List<Organisation> trusts(String icbKey) {
        return map.trusts(icbKey).stream().map(ReferenceData::organisation).toList();
    }

    /** The ICBs in force associated with a trust of this ODS code and name (the code alone is not unique in the data). */
    public List<Icb> icbsServedBy(String trustOdsCode, String trustName) {
        return map.icbsAssociatedWith(trustOdsCode, trustName, date).stream().map(ReferenceData::icb).toList();
    }

    private static Organisation organisation(IcbMap.AssociatedOrganisation o) {
        return new Organisation(o.icbKey(), o.kind(), o.odsCode(), o.name());
    }
}
