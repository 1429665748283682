package news.storyline.server.ui;

/**
 * Where a list stands in its pages, for the previous / next links.
 *
 * @param page     this page, from 1
 * @param pageSize rows a page
 * @param total    rows in all, or -1 when not counted (then {@code hasNext} says whether more follow)
 * @param hasNext  whether a next page exists
 */
public record PageLinks(int page, int pageSize, long total, boolean hasNext) {
    public PageLinks {
        page = Math.max(1, page);
        pageSize = Math.max(1, pageSize);
    }

    /** Paging where the total is known. */
    public static PageLinks of(int page, int pageSize, long total) {
        return new PageLinks(page, pageSize, total, (long) Math.max(1, page) * Math.max(1, pageSize) < total);
    }

    /** One page holding everything. */
    public static PageLinks single(long total) {
        return new PageLinks(1, (int) Math.max(1, Math.min(Integer.MAX_VALUE, total)), total, false);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** Pages in all, or -1 when the total is not counted. */
    public long pages() {
        return total < 0 ? -1 : Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
