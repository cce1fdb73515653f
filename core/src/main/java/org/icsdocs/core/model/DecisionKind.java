package org.icsdocs.core.model;

/**
 * The catalogue of decision categories a scheme of reservation and delegation covers. Drawn from
 * the published schemes of ICBs (NHS Sussex's scheme of reservation and delegation, Suffolk and
 * North East Essex ICB's governance handbook, the schemes of delegation of South West London and
 * West Yorkshire ICBs, Nottingham and Nottinghamshire ICB's standing financial instructions) and
 * NHS England's model ICB constitution, which names the scheme among the documents it relies on (clause 1.6). A scheme
 * names at least one category of each kind (SOD-004); it may name several of one kind, e.g. one
 * for each band of contract value.
 */
public enum DecisionKind implements Labelled {
    /** The constitution, standing orders, standing financial instructions and the scheme itself. */
    GOVERNANCE_DOCUMENTS,
    /** Establishing committees and joint committees, approving their terms of reference and membership. */
    COMMITTEES,
    /** The joint forward plan, the operational and financial plan with the annual budget, the capital plan, system strategies. */
    PLANS,
    /** The risk management framework, the board assurance framework and the risk appetite. */
    RISK,
    /** The annual report and accounts. */
    ANNUAL_REPORT_AND_ACCOUNTS,
    /** Accepting a delegation from NHS England, arrangements under s65Z5 and s75 agreements with councils. */
    DELEGATION_AGREEMENTS,
    /** Substantial development or variation of services, after consultation. */
    MAJOR_SERVICE_CHANGE,
    /** Provider Selection Regime: direct award processes A, B and C. */
    PSR_DIRECT_AWARD,
    /** Provider Selection Regime: the most suitable provider process. */
    PSR_MOST_SUITABLE_PROVIDER,
    /** Provider Selection Regime: the competitive process. */
    PSR_COMPETITIVE_PROCESS,
    /** Contracts for goods and non-healthcare services (Procurement Act 2023). */
    OTHER_CONTRACT_AWARDS,
    /** Business cases and investment decisions. */
    BUSINESS_CASES,
    /** Revenue expenditure within an approved budget: orders, commitments and payments. */
    REVENUE_COMMITMENTS,
    /** Capital expenditure within the capital plan. */
    CAPITAL_COMMITMENTS,
    /** Losses and special payments (HM Treasury, Managing Public Money, annex 4.13). */
    LOSSES_AND_SPECIAL_PAYMENTS,
    /** Writing off debts owed to the ICB. */
    WRITE_OFFS,
    /** Moving budget from one line to another. */
    VIREMENTS,
    /** Waiving the requirement for quotations or tenders. */
    WAIVERS,
    /** NHS continuing healthcare and funded nursing care packages. */
    CONTINUING_HEALTHCARE,
    /** Individual funding requests for treatments not routinely commissioned. */
    INDIVIDUAL_FUNDING_REQUESTS,
    /** Pay and terms of service of very senior managers. */
    VSM_PAY,
    /** Settling legal claims and starting or defending proceedings. */
    LEGAL_CLAIMS,
    /** Use of the common seal and signing documents on the ICB's behalf. */
    SEAL_AND_SIGNING,
    /** Emergency preparedness, resilience and response (SOD-008: led by the accountable emergency officer). */
    EMERGENCY_PREPAREDNESS
}
