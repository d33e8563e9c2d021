package eu.loopmentoring.api.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.api.support.Lanes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key pair of an instance nobody configured keys for: the one-command run and the test JVMs. */
@Tag(Lanes.DATABASE_INDEPENDENT)
class DevelopmentKeysTest {

    @TempDir
    Path home;

    @Test
    void a_second_start_reuses_the_pair_of_the_first() throws Exception {
        Path directory = home.resolve("jwt");
        Map<String, String> first = DevelopmentKeys.in(directory);
        String signing = Files.readString(Path.of(first.get("loop.jwt.signing-key-location")));

        Map<String, String> second = DevelopmentKeys.in(directory);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(Path.of(second.get("loop.jwt.signing-key-location"))))
                .isEqualTo(signing);
    }

    @Test
    void processes_that_start_together_agree_on_one_pair_that_matches() throws Exception {
        Path directory = home.resolve("jwt");
        int starts = 4;
        CountDownLatch ready = new CountDownLatch(starts);
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        try {
            List<Future<Map<String, String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < starts; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return DevelopmentKeys.in(directory);
                }));
            }
            for (Future<Map<String, String>> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        String signing = Files.readString(directory.resolve("signing-key.jwk.json"));
        String verification = Files.readString(directory.resolve("verification-keys.jwks.json"));
        String keyId = signing.replaceAll("(?s).*\"kid\":\"([^\"]+)\".*", "$1");
        assertThat(verification).contains("\"kid\":\"" + keyId + "\"");
        try (var left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("jwt");
        }
    }
}
