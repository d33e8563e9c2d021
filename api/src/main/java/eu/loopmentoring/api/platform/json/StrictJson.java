package eu.loopmentoring.api.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The contract's types are the rule for every request body: a string is a JSON string, an integer
 * a JSON integer, a date an ISO-8601 string; Jackson's coercions between them are off. Text never
 * holds the NUL character (PostgreSQL cannot store it), and a date or timestamp lies in the years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR} (fields narrow that further where the domain has a
 * rule). A refused value is a {@link RefusedValueException} whose path names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;
    public static final String NO_NUL = "must not contain the NUL character (U+0000)";
    static final String YEARS = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    /** Last, so that these deserializers win over the Java time module's that Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // the mapper is built by Quarkus: there is no builder to configure here
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS, false);
        mapper.setDefaultLeniency(false);
        for (LogicalType type : new LogicalType[] {
            LogicalType.Textual,
            LogicalType.Integer,
            LogicalType.Float,
            LogicalType.Boolean,
            LogicalType.DateTime,
            LogicalType.Enum
        }) {
            var coercion = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean,
                CoercionInputShape.String,
                CoercionInputShape.EmptyString,
                CoercionInputShape.EmptyArray,
                CoercionInputShape.EmptyObject
            }) {
                if (!isNative(type, shape)) {
                    coercion.setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.registerModule(new SimpleModule("loop-strict-json")
                .setDeserializerModifier(NullsRefused.fromContract())
                .addDeserializer(String.class, new Text())
                .addKeyDeserializer(String.class, new TextKey())
                .addDeserializer(LocalDate.class, new Ranged<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
                .addDeserializer(
                        OffsetDateTime.class,
                        new Ranged<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME)));
    }

    /** The JSON shape that is the type itself, never a coercion. */
    private static boolean isNative(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual, DateTime, Enum -> shape == CoercionInputShape.String;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            default -> false;
        };
    }

    /** Whether {@code text} holds no NUL character. */
    public static boolean storable(String text) {
        return text.indexOf('\u0000') < 0;
    }

    /** A string as the contract types it: a JSON string (no number or boolean) without NUL. */
    static final class Text extends StdDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return checked(p, StringDeserializer.instance.deserialize(p, ctxt));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A property name of a map: no NUL either. */
    static final class TextKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(ctxt.getParser(), key);
        }
    }

    private static String checked(JsonParser p, String text) throws MismatchedInputException {
        if (text != null && !storable(text)) {
            throw new RefusedValueException(p, NO_NUL);
        }
        return text;
    }

    /** A date or timestamp read as usual, then refused outside the years the service stores. */
    static final class Ranged<T extends TemporalAccessor> extends StdDeserializer<T> {

        private final JsonDeserializer<T> delegate;

        Ranged(Class<T> type, JsonDeserializer<T> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                // an epoch number or an array of fields is not the contract's ISO-8601 string
                @SuppressWarnings("unchecked")
                T refused = (T) ctxt.handleUnexpectedToken(handledType(), p);
                return refused;
            }
            T value = delegate.deserialize(p, ctxt);
            if (value != null) {
                int year = value.get(ChronoField.YEAR);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new RefusedValueException(p, YEARS);
                }
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
