import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load of GET on one URL: {@code callers} threads, each sending its next request as
 * soon as the previous one answered, caller k with token k modulo the tokens given. First
 * {@code warmup} requests that are not counted, then {@code requests} that are: prints their median,
 * 90th and 99th percentile and maximum, and the throughput. Any answer other than 200 stops it.
 *
 * <p>{@code java Bench.java URL CALLERS WARMUP REQUESTS TOKEN...} (JDK 21 or newer, nothing else).
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: java Bench.java URL CALLERS WARMUP REQUESTS TOKEN...");
        }
        URI uri = URI.create(args[0]);
        int callers = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        List<String> tokens = Arrays.asList(args).subList(4, args.length);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        run(client, uri, callers, warmup, tokens); // warm-up: JIT, connection pools, PostgreSQL's cache
        long start = System.nanoTime();
        long[] millis = run(client, uri, callers, requests, tokens);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);
        System.out.printf(
                "  %d requests, %d callers: median %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms   %.1f requests/s%n",
                requests,
                callers,
                at(millis, 0.50),
                at(millis, 0.90),
                at(millis, 0.99),
                millis[millis.length - 1] / 1000.0,
                requests / seconds);
    }

    /** Sends {@code count} requests from {@code callers} threads; each one's time in microseconds. */
    private static long[] run(HttpClient client, URI uri, int callers, int count, List<String> tokens)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] micros = new long[count];
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + tokens.get(c % tokens.size()))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build();
                running.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        micros[n] = (System.nanoTime() - sent) / 1000;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(
                                    "answered " + response.statusCode() + ": " + new String(response.body()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        }
        return micros;
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double at(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
