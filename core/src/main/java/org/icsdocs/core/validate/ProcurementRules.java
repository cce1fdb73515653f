package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.ContractAward;
import org.icsdocs.core.model.Declaration;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.Procurement;

/**
 * PSR: the Health Care Services (Provider Selection Regime) Regulations 2023 (S.I. 2023/1348), in
 * force from 1 January 2024. Reg 24: a relevant authority keeps a record of each award: the
 * provider, the decision-making process followed including the individuals who decided, and for
 * direct award C and the most suitable provider process how the key criteria and basic selection
 * criteria were taken into account. Reg 25: it publishes an annual summary of its contracting.
 * Reg 21: conflicts of interest are identified and managed; a decision-maker who declared an
 * interest in the provider chosen is a conflict the record must show managed (PSR-003). Each
 * process ends with a notice of the award submitted for publication within 30 days of it (PSR-004).
 * Awards decided before 1 January 2024 fell under S.I. 2013/500 and are not judged here.
 */
public final class ProcurementRules implements RuleFamily {

    static final LocalDate IN_FORCE = LocalDate.of(2024, 1, 1);

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PSR_001, Rule.PSR_002, Rule.PSR_003, Rule.PSR_004, Rule.PSR_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        Procurement p = d.procurement();
        Authorities scheme = Authorities.of(d);
        for (ContractAward a : p == null ? List.<ContractAward>of() : p.awards()) {
            if (a.decidedOn() != null && !a.decidedOn().isBefore(IN_FORCE)) {
                record(a, out);
                conflicts(a, in.index(), out);
                notice(a, in.context().asOf(), out);
                if (scheme.present()) {
                    authority(a, scheme, in.index(), out);
                }
            }
        }
        int previous = FinancialYears.containing(in.context().asOf()) - 1;
        // The first year wholly under the regime is 2024/25; 2023/24's summary covered three months.
        if (previous < 2023) {
            return;
        }
        boolean published = p != null && p.annualSummaries().stream()
                .anyMatch(s -> FinancialYears.startYear(s.financialYear()).map(y -> y == previous).orElse(false) && s.publishedOn() != null);
        if (!published) {
            Location where = p == null ? in.index().systemLocation() : p.at().of("annualSummaries");
            out.report(Rule.PSR_002, where, null, "No published annual summary of contracting activity for " + FinancialYears.label(previous) + " is recorded",
                    "Add under 'procurement: annual-summaries:' the summary for " + FinancialYears.label(previous) + " with its 'published-on:' date.");
        }
    }

    /** The days after the award within which its notice is published. */
    static final int NOTICE_DAYS = 30;

    private static void conflicts(ContractAward a, DefinitionIndex index, Findings out) {
        if (a.provider() == null) {
            return;
        }
        for (String person : a.decisionMakers()) {
            Declaration dec = index.declarationOf(person).orElse(null);
            if (dec == null || a.conflicts().stream().anyMatch(c -> person.equals(c.person()))) {
                continue;
            }
            for (Interest i : dec.interests()) {
                if (a.provider().equals(i.organisation()) && i.currentOn(a.decidedOn())) {
                    out.report(Rule.PSR_003, a.at().of("decisionMakers"), a.id(), index.personName(person) + " decided award " + a.id() + " to "
                            + index.organisationName(a.provider()) + " on " + a.decidedOn() + " while declaring an interest in it (" + i.nature() + ")",
                            "Record the conflict under 'conflicts:' with how it was managed, or, if the person took no part, remove them from 'decision-makers:'.");
                    break;
                }
            }
        }
    }

    /** Only where the definition has a scheme: without one there is nothing to judge the authority by. */
    private static void authority(ContractAward a, Authorities scheme, DefinitionIndex index, Findings out) {
        if (a.authority() == null || a.authority().isBlank()) {
            out.report(Rule.PSR_005, a.at().at(), a.id(), "Award " + a.id() + " (" + a.services() + ") does not say which category of the scheme of reservation and delegation it was decided under",
                    "Add 'authority:' with the id of the scheme's category (for example the one for the process followed).");
            return;
        }
        if (a.decidedBy() == null || scheme.category(a.authority()).isEmpty()) {
            return; // an unknown category is STR-001's finding
        }
        if (scheme.authorityFor(a.authority(), a.value(), a.decidedBy()).isEmpty()) {
            String name = scheme.category(a.authority()).get().name();
            out.report(Rule.PSR_005, a.at().of("decidedBy"), a.id(), index.bodyName(a.decidedBy()) + " decided award " + a.id()
                    + (a.value() == null ? "" : " at " + a.value()) + ", but the scheme of reservation and delegation does not give it the authority to '"
                    + name + "'" + (a.value() == null ? "" : " at that value"),
                    "Correct 'decided-by:' or 'authority:', or record the delegation in the scheme.");
        }
    }

    private static void notice(ContractAward a, LocalDate asOf, Findings out) {
        LocalDate due = a.awardDay().plusDays(NOTICE_DAYS);
        if (a.noticePublishedOn() == null && asOf.isAfter(due)) {
            out.report(Rule.PSR_004, a.at().at(), a.id(), "No notice of award " + a.id() + " (" + a.services() + ") is recorded as published; it was due by " + due,
                    "Add 'notice-published-on:' with the day the notice was published (and 'notice-url:').");
        } else if (a.noticePublishedOn() != null && a.noticePublishedOn().isAfter(due)) {
            out.report(Rule.PSR_004, a.at().of("noticePublishedOn"), a.id(), "The notice of award " + a.id() + " was published on " + a.noticePublishedOn()
                    + ", more than " + NOTICE_DAYS + " days after the award on " + a.awardDay(),
                    "Publish the notice within 30 days of the award; if the award was later than the decision, record 'awarded-on:'.");
        }
    }

    private static void record(ContractAward a, Findings out) {
        List<String> missing = new ArrayList<>();
        if (a.provider() == null) {
            missing.add("the provider awarded the contract");
        }
        if (a.process() == null) {
            missing.add("the process followed");
        }
        if (a.decisionMakers().isEmpty()) {
            missing.add("the individuals who made the decision");
        }
        if (a.process() != null && a.process().weighsCriteria() && (a.criteriaConsidered() == null || a.criteriaConsidered().isBlank())) {
            missing.add("how the key criteria and basic selection criteria were taken into account");
        }
        if (!missing.isEmpty()) {
            out.report(Rule.PSR_001, a.at().at(), a.id(), "The record of award " + a.id() + " (" + a.services() + ", decided on " + a.decidedOn()
                    + ") does not say " + String.join("; ", missing), "Complete the record: 'provider:', 'process:', 'decision-makers:' and, "
                    + "for direct award C, most suitable provider and competitive processes, 'criteria-considered:'.");
        }
    }
}
