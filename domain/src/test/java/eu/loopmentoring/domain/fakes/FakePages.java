package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.stream.Stream;

/** Paging by position for fakes whose order has no natural keyset. */
public final class FakePages {

    private FakePages() {}

    /** Pages a sorted stream by position; the keyset is the last item's index. */
    public static <T> Page<T> page(Stream<T> sorted, PageRequest request) {
        List<T> all = sorted.toList();
        int from = request.after().map(k -> Integer.parseInt(k.value(0)) + 1).orElse(0);
        List<T> rows = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + request.fetchSize()));
        int start = from;
        return Page.fromOverfetch(rows, request, t -> Keyset.of(String.valueOf(start + rows.indexOf(t))));
    }
}
