package news.storyline.text;

import java.util.Arrays;

/**
 * A map from long keys (hashes) to int values in two flat arrays, open addressing with linear probing: an index of
 * millions of hashes costs about 20 bytes an entry instead of the 100 or so of a {@code HashMap<Long, ...>} with its
 * nodes and boxes, and creates no garbage on lookup. Any int but {@link #ABSENT} may be a value.
 */
public final class LongIntMap {
    /** What {@link #get} gives for a key not in the map; never a value. */
    public static final int ABSENT = Integer.MIN_VALUE;
    private static final double LOAD = 0.6;

    /** Decides what becomes of an entry in {@link #update}: its new value, or {@link #ABSENT} to remove it. */
    @FunctionalInterface
    public interface Update {
        int apply(long key, int value);
    }

    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap() {
        this(16);
    }

    public LongIntMap(int expected) {
        allocate(capacityFor(expected));
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        int slot = slot(key);
        return values[slot];
    }

    /** Sets the key's value; returns the value it had, or {@link #ABSENT}. */
    public int put(long key, int value) {
        if (value == ABSENT) {
            throw new IllegalArgumentException("ABSENT is not a value");
        }
        int slot = slot(key);
        int old = values[slot];
        keys[slot] = key;
        values[slot] = value;
        if (old == ABSENT && ++size > keys.length * LOAD) {
            rehash(capacityFor(size));
        }
        return old;
    }

    /** Sets the key's value unless it has one; returns that one, or {@link #ABSENT} when this value was set. */
    public int putIfAbsent(long key, int value) {
        int old = get(key);
        return old != ABSENT ? old : put(key, value);
    }

    /**
     * Gives every entry a new value or removes it, in one pass that rebuilds the arrays (sized for what is left):
     * how an index forgets what it no longer needs, at a cost spread over the entries added since the last time.
     */
    public void update(Update update) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int kept = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                oldValues[i] = update.apply(oldKeys[i], oldValues[i]);
                if (oldValues[i] != ABSENT) {
                    kept++;
                }
            }
        }
        allocate(capacityFor(kept));
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                size++;
            }
        }
    }

    /** The key's slot, or the free slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) WordShingles.mix(key) & mask;
        while (values[slot] != ABSENT && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }

    /** A power of two that holds this many entries under the load factor. */
    private static int capacityFor(int entries) {
        int needed = (int) Math.ceil(Math.max(entries, 8) / LOAD) + 1;
        return Integer.highestOneBit(needed - 1) << 1;
    }
}
