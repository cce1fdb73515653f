package org.icsdocs.core.model;

/**
 * Why a section of the constitution changes in the version in progress: the reason the change
 * summary gives NHS England beside the section's changes in the application to vary.
 */
@Doc("Why a section of the constitution changes in the version in progress.")
public record ConstitutionChange(
        @Required @Doc("The section's id in the constitution, e.g. disqualification, senior-independent-member.") String section,
        @Required @Doc("The reason, as the change summary states it.") String reason,
        Span at) {
}
