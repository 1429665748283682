package news.storyline.similarity;

import java.util.Arrays;
import java.util.function.IntConsumer;
import news.storyline.text.LongIntMap;

/**
 * An index from hash keys to the numbers of the articles filed under them, in ascending order, at most
 * {@code maxPerKey} a key, in primitive arrays. Most keys of a dedup index (MinHash bands, paragraph hashes) are
 * filed by one article only, so a key's only article is kept in the map itself and a list is made for a key's
 * second; an index of millions of keys then costs about 20 bytes a key. Articles before a given number can be
 * forgotten: lookups skip them at once, and the space they hold is given back once they are as many as the rest.
 */
final class Postings {
    private final int maxPerKey;
    /** Key to its only article's number (zero or more), or to {@code -(list + 1)} for a key with a list. */
    private final LongIntMap byKey = new LongIntMap();
    /** Lists of article numbers, the count in the first cell. */
    private int[][] lists = new int[16][];
    private int[] freeLists = new int[16];
    private int freeCount;
    private int listCount;
    /** Articles before this number are forgotten. */
    private int first;
    private int postedSinceCompaction;

    Postings(int maxPerKey) {
        this.maxPerKey = maxPerKey;
    }

    /** Files the article under the key, unless the key holds its maximum or already ends with it. */
    void add(long key, int article) {
        postedSinceCompaction++;
        int ref = byKey.get(key);
        if (ref == LongIntMap.ABSENT) {
            byKey.put(key, article);
            return;
        }
        if (ref >= 0) {
            if (ref != article) {
                int list = newList();
                lists[list] = new int[] {2, ref, article, 0};
                byKey.put(key, -(list + 1));
            }
            return;
        }
        int list = -(ref + 1);
        int[] postings = lists[list];
        int count = postings[0];
        if (count >= maxPerKey || postings[count] == article) {
            return;
        }
        if (count + 1 == postings.length) {
            postings = Arrays.copyOf(postings, postings.length * 2);
            lists[list] = postings;
        }
        postings[count + 1] = article;
        postings[0] = count + 1;
    }

    /** Gives each article filed under the key, oldest first, forgotten ones left out. */
    void forEach(long key, IntConsumer action) {
        int ref = byKey.get(key);
        if (ref == LongIntMap.ABSENT) {
            return;
        }
        if (ref >= 0) {
            if (ref >= first) {
                action.accept(ref);
            }
            return;
        }
        int[] postings = lists[-(ref + 1)];
        for (int p = 1; p <= postings[0]; p++) {
            if (postings[p] >= first) {
                action.accept(postings[p]);
            }
        }
    }

    /** Forgets the articles numbered before {@code article}; compacts once the forgotten outnumber the kept. */
    void forgetBefore(int article) {
        first = Math.max(first, article);
        if (postedSinceCompaction > byKey.size() / 2 + 1024) {
            compact();
        }
    }

    /** Keys held (for tests of forgetting). */
    int keys() {
        return byKey.size();
    }

    private void compact() {
        postedSinceCompaction = 0;
        byKey.update((key, ref) -> {
            if (ref >= 0) {
                return ref >= first ? ref : LongIntMap.ABSENT;
            }
            int list = -(ref + 1);
            int[] postings = lists[list];
            int kept = 0;
            for (int p = 1; p <= postings[0]; p++) {
                if (postings[p] >= first) {
                    postings[++kept] = postings[p];
                }
            }
            postings[0] = kept;
            if (kept > 1) {
                if (postings.length > 2 * (kept + 1)) {
                    lists[list] = Arrays.copyOf(postings, kept + 1);
                }
                return ref;
            }
            freeList(list);
            return kept == 1 ? postings[1] : LongIntMap.ABSENT;
        });
    }

    private int newList() {
        if (freeCount > 0) {
            return freeLists[--freeCount];
        }
        if (listCount == lists.length) {
            lists = Arrays.copyOf(lists, lists.length * 2);
        }
        return listCount++;
    }

    private void freeList(int list) {
        lists[list] = null;
        if (freeCount == freeLists.length) {
            freeLists = Arrays.copyOf(freeLists, freeLists.length * 2);
        }
        freeLists[freeCount++] = list;
    }
}
