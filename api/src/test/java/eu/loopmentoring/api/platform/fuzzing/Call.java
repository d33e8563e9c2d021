package eu.loopmentoring.api.platform.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** One request of the run: what is sent, and what the fuzzer meant by it. */
final class Call {

    /** An operation of the document, with its path-level parameters merged in. */
    record Op(
            String method,
            String template,
            Operation operation,
            List<Parameter> parameters,
            String mediaType,
            Schema<?> body,
            boolean bodyRequired) {

        String id() {
            return operation.getOperationId();
        }

        boolean json() {
            return mediaType != null && mediaType.endsWith("json");
        }

        boolean form() {
            return "application/x-www-form-urlencoded".equals(mediaType);
        }
    }

    final Op op;
    final String label;
    /** The issue 20 fault class the mutation aims at, or null. */
    final FaultClass fault;
    /** Invalid whatever the validator says (malformed JSON, a repeated parameter, a foreign media type). */
    final boolean invalid;

    final Map<String, String> path = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String contentType;
    /** The structured body (JSON or form fields), unless {@link #raw} replaces it. */
    JsonNode fields;

    String raw;

    Call(Op op, String label, FaultClass fault, boolean invalid) {
        this.op = op;
        this.label = label;
        this.fault = fault;
        this.invalid = invalid;
    }

    Call variant(String label, FaultClass fault, boolean invalid) {
        Call copy = new Call(op, label, fault, invalid);
        copy.path.putAll(path);
        copy.query.addAll(query);
        copy.headers.putAll(headers);
        copy.contentType = contentType;
        copy.fields = fields == null ? null : fields.deepCopy();
        copy.raw = raw;
        return copy;
    }

    String concretePath() {
        String concrete = op.template();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            concrete = concrete.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
        }
        return concrete;
    }

    String queryString() {
        StringJoiner joined = new StringJoiner("&");
        query.forEach(parameter -> joined.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue())));
        return joined.toString();
    }

    String target() {
        String query = queryString();
        return concretePath() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The body as sent: the raw text if set, else the fields as JSON or as a form. */
    String body() {
        if (raw != null || fields == null) {
            return raw;
        }
        if (!op.form()) {
            return fields.toString();
        }
        StringJoiner form = new StringJoiner("&");
        fields.fields()
                .forEachRemaining(field -> form.add(encode(field.getKey()) + "="
                        + encode(
                                field.getValue().isTextual()
                                        ? field.getValue().asText()
                                        : field.getValue().toString())));
        return form.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
