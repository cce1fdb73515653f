package org.icsdocs.core.validate;

import org.icsdocs.core.model.Definition;

/** Everything a rule may look at. */
public record RuleInput(Definition definition, DefinitionIndex index, ValidationContext context) {
}
