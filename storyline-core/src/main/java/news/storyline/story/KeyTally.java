package news.storyline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import news.storyline.text.OpenSlots;

/**
 * The weight of the keys each story shares with an arriving article, summed story by story, and the stories
 * sharing the most. An article's few dozen keys meet a few thousand filings, so the tally is flat arrays with an
 * open-addressing index (no boxed sum per filing, no map entry per story) and the best are picked through a small
 * heap in one pass: this is done for every article, and as a map and a sort it took a tenth of the engine's time.
 */
final class KeyTally {
    private String[] ids = new String[64];
    private double[] sums = new double[64];
    /** Per slot, the place of a story in {@link #ids} plus one; 0 is an empty slot. */
    private int[] slots = new int[256];
    private int size;

    /** Adds a key's weight to a story's sum (in the order of calls, so sums are the same on every run). */
    void add(String id, double weight) {
        int slot = slotOf(id);
        if (slots[slot] != 0) {
            sums[slots[slot] - 1] += weight;
            return;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, 2 * size);
            sums = Arrays.copyOf(sums, 2 * size);
        }
        ids[size] = id;
        sums[size] = weight;
        slots[slot] = ++size;
        if (4 * size > slots.length) {
            rehash(2 * slots.length);
        }
    }

    int size() {
        return size;
    }

    /** A story's sum, 0 for one not tallied. */
    double sum(String id) {
        int place = slots[slotOf(id)];
        return place == 0 ? 0 : sums[place - 1];
    }

    /** The slot holding the story, or the empty slot where it would go. */
    private int slotOf(String id) {
        int mask = slots.length - 1;
        int slot = OpenSlots.first(id.hashCode(), mask);
        while (slots[slot] != 0 && !ids[slots[slot] - 1].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * The {@code limit} stories with the greatest sums among those {@code kept} (asked of each tallied story in
     * turn), ties in id order, most first.
     */
    List<String> best(int limit, Predicate<String> kept) {
        // A heap of places whose root is the worst kept so far.
        int[] heap = new int[Math.max(1, limit)];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n == limit && (limit == 0 || !before(i, heap[0]))) {
                continue;
            }
            if (!kept.test(ids[i])) {
                continue;
            }
            if (n < limit) {
                heap[n] = i;
                siftUp(heap, n++);
            } else {
                heap[0] = i;
                siftDown(heap, n);
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = heap[k];
        }
        Arrays.sort(order, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
        var best = new ArrayList<String>(n);
        for (Integer place : order) {
            best.add(ids[place]);
        }
        return best;
    }

    /** The {@code limit} stories with the greatest sums, ties in id order, most first. */
    List<String> best(int limit) {
        return best(limit, id -> true);
    }

    /** Whether story {@code a} ranks before {@code b}: a greater sum, or the same and an id first in order. */
    private boolean before(int a, int b) {
        int bySum = Double.compare(sums[b], sums[a]);
        return bySum < 0 || bySum == 0 && ids[a].compareTo(ids[b]) < 0;
    }

    private void siftUp(int[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            // The root is the worst: a child that ranks after its parent goes up.
            if (!before(heap[parent], heap[at])) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private void siftDown(int[] heap, int n) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < n; child++) {
                if (before(heap[worst], heap[child])) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    private void rehash(int capacity) {
        slots = OpenSlots.index(size, i -> ids[i].hashCode(), capacity);
    }
}
