package eu.loopmentoring.api.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.api.support.Lanes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(Lanes.DATABASE_INDEPENDENT)
public class DataDirectoryLockTest {

    @TempDir
    Path directory;

    @Test
    void the_same_process_may_claim_again_as_dev_mode_does_when_it_restarts_the_application() {
        DataDirectoryLock.claim(directory);
        DataDirectoryLock.claim(directory);
    }

    @Test
    void another_process_holding_the_directory_refuses_this_one_and_its_end_frees_it() throws Exception {
        Process holder = holder(directory);
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8))
                    .isEqualTo("locked");
            assertThatThrownBy(() -> DataDirectoryLock.claim(directory))
                    .isInstanceOf(DataDirectoryLock.InUseException.class)
                    .hasMessageContaining(directory.toString())
                    .hasMessageContaining("LOOP_EMBEDDED_DATA_DIR");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        DataDirectoryLock.claim(directory); // killed, its lock went with it

        Process refused = holder(directory);
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Another LOOP Mentoring instance is running");
        assertThat(refused.exitValue()).isNotZero();
    }

    private static Process holder(Path directory) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Holder.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** A stand-in for a running instance: it claims the directory and waits to be killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            DataDirectoryLock.claim(Path.of(args[0]));
            System.out.print("locked");
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
