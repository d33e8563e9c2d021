package eu.loopmentoring.api.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One running instance per embedded data directory. A second one would start PostgreSQL on the
 * same cluster, which refuses it, and the service would fail on every request with a stack trace;
 * instead it stops at once and says what to do. The lock is the operating system's: it goes away
 * with the process, however that ends.
 */
final class DataDirectoryLock {

    static final String FILE = "instance.lock";
    /** Referenced so that the channel, and with it the lock, is never collected. */
    private static final List<FileLock> HELD = new CopyOnWriteArrayList<>();

    private DataDirectoryLock() {}

    /**
     * Held for the life of the process; never released on purpose. Claiming again from the same
     * process succeeds: that is dev mode restarting the application after a change.
     */
    static void claim(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel =
                    FileChannel.open(directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                return; // this very process holds it
            }
            if (lock == null) {
                channel.close();
                throw new InUseException(directory);
            }
            HELD.add(lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the embedded data directory " + directory, e);
        }
    }

    static final class InUseException extends RuntimeException {
        InUseException(Path directory) {
            super("Another LOOP Mentoring instance is running on the embedded database in " + directory
                    + ". Stop it, or give this one a directory of its own with LOOP_EMBEDDED_DATA_DIR"
                    + " (and another port with QUARKUS_HTTP_PORT).");
        }
    }
}
