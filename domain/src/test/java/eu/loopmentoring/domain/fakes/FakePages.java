package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Keyset paging for the fakes, as the adapters page: strictly after the last key seen. */
public final class FakePages {

    /** Keys compared string by string. */
    public static final Comparator<List<String>> KEY_ORDER = FakePages::compare;

    private FakePages() {}

    /** Pages a sorted stream by position; the keyset is the last item's index. */
    public static <T> Page<T> page(Stream<T> sorted, PageRequest request) {
        List<T> all = sorted.toList();
        int from = request.after().map(k -> Integer.parseInt(k.value(0)) + 1).orElse(0);
        List<T> rows = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + request.fetchSize()));
        int start = from;
        return Page.fromOverfetch(rows, request, t -> Keyset.of(String.valueOf(start + rows.indexOf(t))));
    }

    /**
     * Orders by {@code key} (its strings compared one after another) and pages by it, so that a page
     * continues after the last key even when rows came or went in between.
     */
    public static <T> Page<T> byKey(Stream<T> items, PageRequest request, Function<T, List<String>> key) {
        List<T> rows = items.filter(item -> request.after()
                        .map(after -> compare(key.apply(item), after.values()) > 0)
                        .orElse(true))
                .sorted(Comparator.comparing(key, KEY_ORDER))
                .limit(request.fetchSize())
                .toList();
        return Page.fromOverfetch(rows, request, item -> new Keyset(key.apply(item)));
    }

    private static int compare(List<String> left, List<String> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int compared = left.get(i).compareTo(right.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** As {@link #byKey}, largest key first. */
    public static <T> Page<T> byKeyDescending(Stream<T> items, PageRequest request, Function<T, List<String>> key) {
        List<T> rows = items.filter(item -> request.after()
                        .map(after -> compare(key.apply(item), after.values()) < 0)
                        .orElse(true))
                .sorted(Comparator.comparing(key, KEY_ORDER.reversed()))
                .limit(request.fetchSize())
                .toList();
        return Page.fromOverfetch(rows, request, item -> new Keyset(key.apply(item)));
    }

    /** An instant as a string that sorts as the instant does (from 1970 on). */
    public static String sortable(Instant instant) {
        return String.format("%015d.%09d", instant.getEpochSecond(), instant.getNano());
    }

    /** An instant as a string that sorts latest first. */
    public static String latestFirst(Instant instant) {
        return String.format("%019d", Long.MAX_VALUE - (instant.getEpochSecond() * 1_000_000_000L + instant.getNano()));
    }

    /** A count as a string that sorts as the number does. */
    public static String sortable(int count) {
        return String.format("%010d", count);
    }
}
