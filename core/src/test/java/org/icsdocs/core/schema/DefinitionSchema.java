package org.icsdocs.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.fasterxml.classmate.ResolvedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalTime;
import org.icsdocs.core.load.Names;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Doc;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.Labelled;
import org.icsdocs.core.model.LsoaCode;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.Ref;
import org.icsdocs.core.model.Required;
import org.icsdocs.core.model.Span;

/**
 * Generates the JSON Schema of the definition format from the model records, spelling keys and
 * enum values exactly as the loader reads them, so an editor's completion and the loader agree.
 */
final class DefinitionSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What an undocumented key says, from its type: an enumeration's values with the words they
     * stand for, or the description of the kind of thing it holds (for a list, of each item), so
     * an editor's hover says something for every key.
     */
    private static String fromType(ResolvedType type) {
        if (type == null) {
            return null;
        }
        Class<?> raw = type.getErasedType();
        if (java.util.Collection.class.isAssignableFrom(raw) && !type.getTypeParameters().isEmpty()) {
            String each = fromType(type.getTypeParameters().get(0));
            return each == null ? null : "A list; each item: " + Character.toLowerCase(each.charAt(0)) + each.substring(1);
        }
        if (raw.isEnum() && Labelled.class.isAssignableFrom(raw)) {
            List<String> values = new ArrayList<>();
            for (Object c : raw.getEnumConstants()) {
                Labelled l = (Labelled) c;
                values.add(l.key() + " (" + l.label() + ")");
            }
            return "One of: " + String.join(", ", values) + ".";
        }
        Doc doc = raw.getAnnotation(Doc.class);
        return doc == null ? null : doc.value();
    }

    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS)
                .without(Option.GETTER_METHODS, Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.PUBLIC_STATIC_FIELDS,
                        Option.NONPUBLIC_STATIC_FIELDS, Option.STATIC_METHODS);
        config.forFields()
                .withIgnoreCheck(f -> f.getType() != null && f.getType().getErasedType() == Span.class)
                .withPropertyNameOverrideResolver(f -> Names.kebab(f.getDeclaredName()))
                .withRequiredCheck(f -> f.getAnnotationConsideringFieldAndGetter(Required.class) != null)
                .withDescriptionResolver(f -> {
                    Doc doc = f.getAnnotationConsideringFieldAndGetter(Doc.class);
                    Ref ref = f.getAnnotationConsideringFieldAndGetter(Ref.class);
                    String text = doc == null ? fromType(f.getType()) : doc.value();
                    if (ref != null) {
                        String noun = ref.value().noun();
                        String refText = "The id of " + ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun + ".";
                        text = text == null ? refText : text + " " + refText;
                    }
                    return text;
                });
        config.forTypesInGeneral()
                .withDescriptionResolver(scope -> {
                    Doc doc = scope.getType().getErasedType().getAnnotation(Doc.class);
                    return doc == null ? null : doc.value();
                })
                .withCustomDefinitionProvider((type, context) -> {
                    Class<?> raw = type.getErasedType();
                    ObjectNode node = context.getGeneratorConfig().createObjectNode();
                    if (raw == LocalDate.class) {
                        node.put("type", "string").put("format", "date");
                    } else if (raw == LocalTime.class) {
                        node.put("type", "string").put("pattern", "^[0-2]?[0-9]:[0-5][0-9]$");
                    } else if (raw == Money.class) {
                        node.putArray("type").add("string").add("number");
                        node.put("description", "An amount in pounds: 4750000000 or £4.75bn, £12m, £250k.");
                    } else if (raw == LsoaCode.class) {
                        node.put("type", "string").put("pattern", "^E01[0-9]{6}$")
                                .put("description", "A lower layer super output area code: E01 and six digits, e.g. E01024123.");
                    } else if (raw == FileRef.class) {
                        node.put("type", "string").put("description", "A file path relative to this YAML file.");
                    } else if (raw.isEnum() && Labelled.class.isAssignableFrom(raw)) {
                        node.put("type", "string");
                        ArrayNode values = node.putArray("enum");
                        for (Object c : raw.getEnumConstants()) {
                            values.add(((Labelled) c).key());
                        }
                    } else {
                        return null;
                    }
                    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
                });
        JsonNode schema = new SchemaGenerator(config.build()).generateSchema(Definition.class);
        ObjectNode root = (ObjectNode) schema;
        root.put("title", "ICS definition (ics-docs)");
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
