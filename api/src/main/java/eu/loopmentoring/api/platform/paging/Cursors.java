package eu.loopmentoring.api.platform.paging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.platform.problem.ProblemException;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Secrets;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident pagination cursors. A cursor carries the keyset of the last item and a
 * fingerprint of the collection and filters it belongs to, signed with HMAC-SHA256 under a key
 * that all instances share: a changed byte, or a cursor from another collection or other filters,
 * is refused with 400 rather than silently paging something else.
 */
@Startup
@ApplicationScoped
public class Cursors {

    private static final String SECRET_NAME = "cursor-signing-key";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final TypeReference<Map<String, List<String>>> PAYLOAD = new TypeReference<>() {};

    private final ObjectMapper json;
    private final SecretKeySpec key;

    Cursors(Secrets secrets, ObjectMapper json) {
        this.json = json;
        this.key = new SecretKeySpec(secrets.obtain(SECRET_NAME, Cursors::randomKey), "HmacSHA256");
    }

    /** Names a collection and its filters; cursors are only valid within the same scope. */
    public static String scope(String collection, Object... filterNamesAndValues) {
        StringJoiner scope = new StringJoiner("&", collection + "?", "");
        for (int i = 0; i + 1 < filterNamesAndValues.length; i += 2) {
            scope.add(filterNamesAndValues[i] + "=" + Objects.toString(filterNamesAndValues[i + 1], ""));
        }
        return scope.toString();
    }

    public PageRequest request(Integer limit, String cursor, String scope) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (cursor == null) {
            return PageRequest.first(size);
        }
        return PageRequest.after(size, decode(cursor, scope));
    }

    /** The cursor of the page after {@code page}, or null on the last page. */
    public String next(Page<?> page, String scope) {
        return page.next().map(keyset -> encode(keyset, scope)).orElse(null);
    }

    String encode(Keyset keyset, String scope) {
        try {
            byte[] payload = json.writeValueAsBytes(Map.of("s", List.of(fingerprint(scope)), "k", keyset.values()));
            byte[] mac = mac(payload);
            byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
            System.arraycopy(mac, 0, token, payload.length, MAC_BYTES);
            return ENCODER.encodeToString(token);
        } catch (IOException e) {
            throw new IllegalStateException("cursor encoding failed", e);
        }
    }

    Keyset decode(String cursor, String scope) {
        byte[] token;
        try {
            token = DECODER.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // Only the exact encoding we issued: base64 ignores some trailing bits otherwise.
        if (token.length <= MAC_BYTES || !ENCODER.encodeToString(token).equals(cursor)) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOf(token, token.length - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(token, token.length - MAC_BYTES, token.length);
        if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(payload), MAC_BYTES))) {
            throw invalid();
        }
        try {
            Map<String, List<String>> content = json.readValue(payload, PAYLOAD);
            if (!List.of(fingerprint(scope)).equals(content.get("s"))) {
                throw invalid();
            }
            return new Keyset(content.get("k"));
        } catch (IOException | RuntimeException e) {
            throw invalid();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private String fingerprint(String scope) {
        return ENCODER.encodeToString(Arrays.copyOf(mac(scope.getBytes(StandardCharsets.UTF_8)), 9));
    }

    private static ProblemException invalid() {
        return new ProblemException(
                ProblemType.INVALID_CURSOR,
                "Pass back the next value of the previous page unchanged, with the same filters, or leave cursor out"
                        + " to start again.",
                List.of(new ViolationDto()
                        .in(ViolationDto.InEnum.QUERY)
                        .field("cursor")
                        .message("was altered, or belongs to another collection or other filters")),
                Map.of());
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
