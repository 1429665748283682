package news.storyline.text;

import java.util.function.IntUnaryOperator;

/**
 * The slots of an open-addressing index over a list (linear probing): per slot, the place of an item in the list
 * plus one, 0 for an empty slot. Shared by the lookup tables of the hot loops ({@link TermVector.Probe}, the story
 * engine's candidate tally), which keep their items in flat arrays and need only where each one sits.
 */
public final class OpenSlots {
    private OpenSlots() {
    }

    /** The first slot to try for a hash, in a table of {@code mask + 1} slots (a power of two). */
    public static int first(int hash, int mask) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * A table of {@code capacity} slots (a power of two, more than {@code n}) indexing the first {@code n} items of
     * a list, {@code hashOf} giving each place's hash.
     */
    public static int[] index(int n, IntUnaryOperator hashOf, int capacity) {
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            int slot = first(hashOf.applyAsInt(i), mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        return slots;
    }
}
