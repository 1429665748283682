package news.storyline.story;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * The ids of the stories filed under one key of the candidate index, in the order they were filed, at most a bound:
 * an array rather than a linked set, since every arriving article's lookup walks dozens of keys' lists and a linked
 * set's walk chases a pointer per story (and holds some 50 bytes for each). Read-only to all but its state.
 */
final class FiledStories extends AbstractList<String> {
    private String[] ids = new String[4];
    private int size;

    /**
     * Files the story last (moving it there when filed already); when that makes more than {@code limit}, lets the
     * least recently filed go.
     */
    void file(String id, int limit) {
        int at = lastIndexOf(id);
        if (at >= 0) {
            removeAt(at);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, 2 * size);
        }
        ids[size++] = id;
        if (size > limit) {
            removeAt(0);
        }
    }

    /** Takes the story out; false when it was not filed here. */
    boolean unfile(String id) {
        int at = lastIndexOf(id);
        if (at < 0) {
            return false;
        }
        removeAt(at);
        return true;
    }

    /** Searched from the end: a story filed again is most often one filed lately. */
    @Override
    public int lastIndexOf(Object id) {
        for (int i = size - 1; i >= 0; i--) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int at) {
        System.arraycopy(ids, at + 1, ids, at, size - at - 1);
        ids[--size] = null;
    }

    @Override
    public String get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return ids[index];
    }

    @Override
    public int size() {
        return size;
    }
}
