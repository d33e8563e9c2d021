package eu.loopmentoring.api.platform.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An explicit {@code null} in a request body is refused unless the contract declares the property
 * {@code nullable}: the schemas say "a string", and JSON's null is not one. Without this, Jackson
 * reads {@code "format": null} as if the property were absent and the request passes unchecked.
 * Applies to the DTOs generated from the contract only; the nullable properties are read from the
 * committed document, so the rule follows the contract by itself.
 */
final class NullsRefused extends BeanDeserializerModifier {

    static final String NOT_NULL = "must not be null: leave the property out instead";

    private static final String DTO_PACKAGE = "eu.loopmentoring.openapi.v1.model.";
    private static final String DOCUMENT = "META-INF/openapi.yaml";

    private final Set<String> nullable;

    private NullsRefused(Set<String> nullable) {
        this.nullable = Set.copyOf(nullable);
    }

    /** With the nullable properties of the committed contract, as {@code SchemaDto.property}. */
    static NullsRefused fromContract() {
        try (InputStream in = NullsRefused.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            Set<String> nullable = new HashSet<>();
            if (in != null) {
                new YAMLMapper()
                        .readTree(in)
                        .path("components")
                        .path("schemas")
                        .properties()
                        .forEach(schema -> schema.getValue()
                                .path("properties")
                                .properties()
                                .forEach(property -> {
                                    if (property.getValue().path("nullable").asBoolean(false)) {
                                        nullable.add(schema.getKey() + "Dto." + property.getKey());
                                    }
                                }));
            }
            return new NullsRefused(nullable);
        } catch (IOException e) {
            throw new UncheckedIOException("The committed contract " + DOCUMENT + " could not be read", e);
        }
    }

    @Override
    public BeanDeserializerBuilder updateBuilder(
            DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
        Class<?> type = description.getBeanClass();
        if (!type.getName().startsWith(DTO_PACKAGE)) {
            return builder;
        }
        List<SettableBeanProperty> properties = new ArrayList<>();
        builder.getProperties().forEachRemaining(properties::add);
        for (SettableBeanProperty property : properties) {
            if (!nullable.contains(type.getSimpleName() + "." + property.getName())) {
                builder.addOrReplaceProperty(property.withNullProvider(REFUSE), true);
            }
        }
        return builder;
    }

    private static final NullValueProvider REFUSE = new NullValueProvider() {
        @Override
        public Object getNullValue(DeserializationContext context) throws RefusedValueException {
            throw new RefusedValueException(context.getParser(), NOT_NULL);
        }

        @Override
        public com.fasterxml.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return com.fasterxml.jackson.databind.util.AccessPattern.DYNAMIC;
        }
    };
}
