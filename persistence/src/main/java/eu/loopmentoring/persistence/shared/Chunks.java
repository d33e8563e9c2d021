package eu.loopmentoring.persistence.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids in lists of at most {@value #SIZE}: bulk reads bind each list as one {@code in} parameter. */
public final class Chunks {

    /** Far below PostgreSQL's 65,535 bind parameters, and plans stay cheap. */
    public static final int SIZE = 1000;

    private Chunks() {}

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
