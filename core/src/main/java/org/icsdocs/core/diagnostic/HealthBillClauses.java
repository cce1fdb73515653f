package org.icsdocs.core.diagnostic;

/**
 * The provisions of the Health Bill as introduced (14 May 2026) that the HBL rules rest on, as the
 * briefings on the Bill cite them (Browne Jacobson, 18 May 2026; Burges Salmon; Nuffield Trust,
 * 18 May 2026; Public Bill Committee sittings of June 2026). Where no source held names the
 * amending clause, the citation says which provision of the NHS Act 2006 it bears on instead.
 * Clause numbers change as a bill is amended; they are kept here once so a new print is one edit.
 */
final class HealthBillClauses {

    /** Browne Jacobson: "Abolition of NHS England [cl.1; Sch.11]"; Chapter A1 of Part 2 and Sch. 1A omitted. */
    static final String ABOLITION = "cl. 1 and Sch. 11 (abolition of NHS England; its functions pass to the Secretary of State; new s5A: the Secretary of State may delegate commissioning to ICBs)";
    /** Sch. 1B para 5 has NHS England appoint the chair with the Secretary of State's approval; para 6 removal. */
    static final String CHAIR = "cl. 1 and Sch. 11, bearing on NHS Act 2006 Sch. 1B paras 5 and 6 (appointment and removal of the chair by NHS England)";
    /** Sch. 1B para 7(1): the chief executive is appointed by the chair with NHS England's approval. */
    static final String CHIEF_EXECUTIVE = "cl. 1 and Sch. 11, bearing on NHS Act 2006 Sch. 1B para 7(1) (NHS England's approval of the chief executive)";
    /** Variation of a constitution is on application to NHS England (s14Z25, Sch. 1B para 14). */
    static final String CONSTITUTION = "cl. 1 and Sch. 11, bearing on NHS Act 2006 s14Z25 and Sch. 1B para 14 (variation of the constitution on application to NHS England)";
    /** Burges Salmon: primary care, dentistry, pharmacy and ophthalmology transfer from NHS England to ICBs; cl. 12 inserts s3B for the few specialised services the Secretary of State keeps. */
    static final String PRIMARY_CARE = "transfer of NHS England's primary care commissioning to ICBs (clause not identified in the sources held); cl. 12 (new s3B, specialised services)";
    /** Browne Jacobson: new s7B, an express power to direct ICBs, with directions published (within cls. 4–10). */
    static final String DIRECTION = "new s7B of the NHS Act 2006 (the Secretary of State's power to direct ICBs; within cls. 4–10)";
    /** Nuffield Trust: "The Bill abolishes HealthWatch"; written answer HL14379: the local health function passes to ICBs. */
    static final String HEALTHWATCH = "abolition of Healthwatch England and local Healthwatch (clause not identified in the sources held; written answer HL14379)";

    /**
     * County Councils Network, written evidence to the Public Bill Committee (June 2026): "clause 21 which
     * proposes removing mandatory local authority representation on ICBs and replacing it with a member
     * nominated by the mayor of each mayoral strategic authority"; it bears on Sch. 1B para 8(2)(c).
     */
    static final String STRATEGIC_AUTHORITY_MEMBER = "cl. 21 (a member nominated by the mayor of each mayoral strategic authority in place of the "
            + "local authority partner member), bearing on NHS Act 2006 Sch. 1B para 8(2)(c)";
    /**
     * DHSC, "Health Bill: structural measures to ICBs and foundation trusts - impact assessments" (14 May 2026),
     * the assessment "Removing the requirement to set up integrated care partnerships"; the clause is not named there.
     */
    static final String ICP_DUTY = "removal of the requirement to establish integrated care partnerships (clause not identified in the sources held; "
            + "DHSC impact assessment of 14 May 2026), bearing on Local Government and Public Involvement in Health Act 2007 s116ZA";

    private HealthBillClauses() {
    }
}
