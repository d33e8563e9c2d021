package eu.loopmentoring.domain.matching;

import java.util.Arrays;

/**
 * Exact min-cost assignment of requests to offers with capacities: every request goes to one of
 * its candidate offers or to "unmatched", no offer takes more than its capacity, and the total
 * cost is the least possible.
 *
 * <p>The network: request → offer (capacity 1, cost {@code alpha × (maxScore − score)}),
 * request → sink "unmatched" ({@code dummyCost}), offer → sink (its capacity, cost 0). Requests
 * join one at a time (the Hungarian method's order); each joins along a shortest augmenting path
 * in the residual network, found by Dijkstra on costs reduced by node potentials, which stops as
 * soon as the sink is settled. Invariant: after each request the assignment of the requests so far
 * is optimal and every residual edge has a non-negative reduced cost (the potentials are a dual
 * certificate), so the last one is optimal for all. Potentials are kept as {@code p + G}: settled
 * nodes move by {@code d(v) − d(sink)}, and the common shift {@code G} is never stored.
 *
 * <p>Time: n Dijkstra runs, each over the part of the network closer than the sink, so
 * O(n × E log V) at worst and far less when most requests find room near their best offers.
 * Memory: O(V + E).
 */
final class AssignmentSolver {

    private final int n;
    private final int m;
    private final int[] capacity;
    private final int[] edgeStart;
    private final int[] edgeOffer;
    private final long[] edgeCost;
    private final long dummyCost;

    private final int sink;
    private final int[] assignedEdge; // -1: unmatched (or not joined yet)
    private final int[] slotStart;
    private final int[] slots;
    private final int[] load;
    private final long[] potential;

    private final long[] dist;
    private final int[] previous;
    private final int[] previousEdge;
    private final boolean[] settled;
    private final int[] touched;
    private int touchedCount;
    private final Heap heap;

    /**
     * @param edgeStart request i's candidate edges are {@code edgeStart[i] .. edgeStart[i+1]-1}
     * @param edgeCost non-negative costs
     */
    AssignmentSolver(int[] capacity, int[] edgeStart, int[] edgeOffer, long[] edgeCost, long dummyCost) {
        this.n = edgeStart.length - 1;
        this.m = capacity.length;
        this.capacity = capacity;
        this.edgeStart = edgeStart;
        this.edgeOffer = edgeOffer;
        this.edgeCost = edgeCost;
        this.dummyCost = dummyCost;
        this.sink = n + m;
        int nodes = n + m + 1;
        assignedEdge = new int[n];
        Arrays.fill(assignedEdge, -1);
        slotStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            slotStart[j + 1] = slotStart[j] + capacity[j];
        }
        slots = new int[slotStart[m]];
        load = new int[m];
        potential = new long[nodes];
        dist = new long[nodes];
        Arrays.fill(dist, Long.MAX_VALUE);
        previous = new int[nodes];
        previousEdge = new int[nodes];
        settled = new boolean[nodes];
        touched = new int[nodes];
        heap = new Heap(nodes, dist);
    }

    /** Assigns every request; returns the candidate edge each request got, or -1 for unmatched. */
    int[] solve() {
        for (int r = 0; r < n; r++) {
            join(r);
        }
        return assignedEdge.clone();
    }

    /** The reduced cost of request i taking offer j at this cost, under the final potentials. */
    long reducedCost(int request, int offer, long cost) {
        return cost + potential[request] - potential[n + offer];
    }

    private void join(int start) {
        relax(start, 0, -1, -1);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            settled[u] = true;
            if (u == sink) {
                break;
            }
            long du = dist[u] + potential[u];
            if (u < n) {
                int own = assignedEdge[u];
                for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                    if (e != own) {
                        int v = n + edgeOffer[e];
                        relax(v, du + edgeCost[e] - potential[v], u, e);
                    }
                }
                if (own >= 0 || u == start) {
                    relax(sink, du + dummyCost - potential[sink], u, -1);
                }
            } else {
                int j = u - n;
                for (int s = slotStart[j]; s < slotStart[j] + load[j]; s++) {
                    int r = slots[s];
                    relax(r, du - edgeCost[assignedEdge[r]] - potential[r], u, -1);
                }
                if (load[j] < capacity[j]) {
                    relax(sink, du - potential[sink], u, -1);
                }
            }
        }
        long toSink = dist[sink];
        for (int k = 0; k < touchedCount; k++) {
            int v = touched[k];
            if (settled[v]) {
                potential[v] += dist[v] - toSink;
            }
        }
        augment(start);
        for (int k = 0; k < touchedCount; k++) {
            int v = touched[k];
            dist[v] = Long.MAX_VALUE;
            settled[v] = false;
        }
        touchedCount = 0;
        heap.clear();
    }

    private void relax(int v, long d, int from, int edge) {
        if (settled[v] || d >= dist[v]) {
            return;
        }
        if (dist[v] == Long.MAX_VALUE) {
            touched[touchedCount++] = v;
        }
        dist[v] = d;
        previous[v] = from;
        previousEdge[v] = edge;
        heap.push(v);
    }

    /** Flips the path: requests reached from an offer leave it, then each request takes its next edge. */
    private void augment(int start) {
        for (int v = sink; v != start; v = previous[v]) {
            int u = previous[v];
            if (u >= n && v < n) {
                leave(v, u - n);
            }
        }
        for (int v = sink; v != start; v = previous[v]) {
            int u = previous[v];
            if (u < n) {
                if (v == sink) {
                    assignedEdge[u] = -1; // unmatched
                } else {
                    int j = v - n;
                    assignedEdge[u] = previousEdge[v];
                    slots[slotStart[j] + load[j]++] = u;
                }
            }
        }
    }

    private void leave(int request, int offer) {
        int end = slotStart[offer] + load[offer] - 1;
        for (int s = slotStart[offer]; s <= end; s++) {
            if (slots[s] == request) {
                slots[s] = slots[end];
                load[offer]--;
                return;
            }
        }
        throw new IllegalStateException("request " + request + " is not on offer " + offer);
    }

    /** A binary min-heap of nodes keyed by {@code dist}, ties by node number, with decrease-key. */
    private static final class Heap {
        private final int[] nodes;
        private final int[] position;
        private final long[] key;
        private int size;

        Heap(int capacity, long[] key) {
            this.nodes = new int[capacity];
            this.position = new int[capacity];
            Arrays.fill(position, -1);
            this.key = key;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int node) {
            int at = position[node];
            if (at < 0) {
                at = size++;
                nodes[at] = node;
                position[node] = at;
            }
            up(at);
        }

        int pop() {
            int top = nodes[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                nodes[0] = nodes[size];
                position[nodes[0]] = 0;
                down(0);
            }
            return top;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                position[nodes[k]] = -1;
            }
            size = 0;
        }

        private boolean less(int a, int b) {
            long ka = key[a];
            long kb = key[b];
            return ka < kb || (ka == kb && a < b);
        }

        private void up(int at) {
            int node = nodes[at];
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!less(node, nodes[parent])) break;
                nodes[at] = nodes[parent];
                position[nodes[at]] = at;
                at = parent;
            }
            nodes[at] = node;
            position[node] = at;
        }

        private void down(int at) {
            int node = nodes[at];
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) break;
                if (child + 1 < size && less(nodes[child + 1], nodes[child])) child++;
                if (!less(nodes[child], node)) break;
                nodes[at] = nodes[child];
                position[nodes[at]] = at;
                at = child;
            }
            nodes[at] = node;
            position[node] = at;
        }
    }
}
