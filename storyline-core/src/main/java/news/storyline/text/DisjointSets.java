package news.storyline.text;

/**
 * Items 0..n-1 joined into groups (union-find with path halving). The root of a group is its smallest item, so a
 * group is named by the member that came first, whatever the order of the joins.
 */
public final class DisjointSets {
    private final int[] parent;

    public DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The smallest item of i's group. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the groups of a and b. */
    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
