package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.support.Lanes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer refuses before any resource runs (a request target that is not a URI, one
 * too long, headers too large) is still a problem+json with a fitting status. The requests are
 * written on a raw socket: an HTTP client would encode or refuse them first.
 */
@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
class HttpLayerTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    /** Characters RFC 3986 does not allow unencoded in a request target. */
    private static final String NOT_IN_URIS = "{}|\\^`\"<>";

    record Answer(int status, Map<String, String> headers, JsonNode body) {}

    @Test
    void a_request_target_with_any_character_uris_do_not_allow_is_a_400_problem() throws IOException {
        for (char c : NOT_IN_URIS.toCharArray()) {
            for (String target : new String[] {
                "/api/v1/methods/" + c, "/api/v1/methods/" + c + c + "/x", "/api/v1/resources?q=" + c, "/q/health" + c
            }) {
                Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");

                assertThat(answer.status()).as(target).isEqualTo(400);
                assertThat(answer.headers()).as(target).containsEntry("content-type", "application/problem+json");
                assertThat(answer.body().path("type").asText()).isEqualTo(PROBLEMS + "malformed-request");
                assertThat(answer.body().path("status").asInt()).isEqualTo(400);
                assertThat(answer.body().path("detail").asText()).contains("percent-encode");
                assertThat(answer.body().path("correlationId").asText()).isNotBlank();
            }
        }
    }

    @Test
    void a_request_target_over_the_limit_is_a_414_problem_and_one_at_the_limit_is_read() throws IOException {
        String prefix = "/api/v1/methods?q=";
        for (int length : new int[] {8193, 10_000, 60_000}) {
            Answer answer = send("GET " + prefix + "a".repeat(length - prefix.length()) + " HTTP/1.1\r\nHost: x\r\n");

            assertThat(answer.status()).as("%d characters", length).isEqualTo(414);
            assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
            assertThat(answer.body().path("type").asText()).isEqualTo(PROBLEMS + "uri-too-long");
        }

        Answer atTheLimit = send(
                "GET /api/v1/methods/" + "a".repeat(8192 - "/api/v1/methods/".length()) + " HTTP/1.1\r\nHost: x\r\n");
        assertThat(atTheLimit.status()).isEqualTo(400); // read, and refused as a malformed id
        assertThat(atTheLimit.body().path("violations").get(0).path("field").asText())
                .isEqualTo("methodId");
    }

    @Test
    void headers_over_the_limit_are_a_431_problem() throws IOException {
        for (int size : new int[] {17_000, 40_000, 60_000}) {
            Answer answer = send("GET /api/v1/methods HTTP/1.1\r\nHost: x\r\nX-Padding: " + "p".repeat(size) + "\r\n");

            assertThat(answer.status()).as("%d bytes", size).isEqualTo(431);
            assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
            assertThat(answer.body().path("type").asText()).isEqualTo(PROBLEMS + "request-header-fields-too-large");
        }
    }

    @Test
    void a_request_target_that_is_not_a_path_is_a_problem_too() throws IOException {
        Answer answer = send("GET api/v1/methods HTTP/1.1\r\nHost: x\r\n");

        assertThat(answer.status()).isBetween(400, 404);
        assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static Answer send(String head) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            if ("chunked".equals(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new Answer(
                    Integer.parseInt(lines[0].split(" ")[1]),
                    headers,
                    new ObjectMapper().readTree(body.isEmpty() ? "null" : body));
        }
    }
}
