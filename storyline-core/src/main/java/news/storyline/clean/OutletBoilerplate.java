package news.storyline.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.storyline.article.Article;
import news.storyline.text.TextKey;

/**
 * Lines an outlet prints in many of its articles (a disclaimer, a footer, a bureau credit), learnt from the articles
 * seen so far. A line counts as the outlet's boilerplate when it is short and stands in at least
 * {@value #MIN_ARTICLES} of the outlet's articles and in half of them (or in {@value #ENOUGH_ARTICLES}, for an outlet
 * with many). The floor keeps a background sentence that a few follow-up stories share ("Mosul is the capital of
 * Nineveh province.") in the text.
 *
 * <p>Memory is bounded whatever the stream's length: the table holds at most {@link #DEFAULT_MAX_LINES} lines. When
 * it is full, the lines seen least often are dropped (first those seen once, then twice, ...), as in lossy counting.
 * A real footer is met in article after article, so it is counted long before it could be dropped; what goes is the
 * ordinary short paragraph that one article printed.
 */
public final class OutletBoilerplate {
    static final int MIN_ARTICLES = 5;
    static final int ENOUGH_ARTICLES = 50;
    static final int MAX_WORDS = 40;
    /** About 60 MB of short lines at most; far more than the boilerplate of thousands of outlets. */
    public static final int DEFAULT_MAX_LINES = 250_000;

    private final int maxLines;
    private final Map<String, Integer> articlesPerOutlet = new HashMap<>();
    private final Map<String, Map<String, Integer>> articlesPerLine = new HashMap<>();
    private int lines;

    public OutletBoilerplate(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1");
        }
        this.maxLines = maxLines;
    }

    /** Learns from the articles' raw bodies. */
    public static OutletBoilerplate learn(List<Article> articles) {
        var boilerplate = new OutletBoilerplate(DEFAULT_MAX_LINES);
        articles.forEach(boilerplate::add);
        return boilerplate;
    }

    /** An empty model: nothing is outlet boilerplate. */
    public static OutletBoilerplate none() {
        return new OutletBoilerplate(1);
    }

    public void add(Article article) {
        if (article.source() == null) {
            return;
        }
        articlesPerOutlet.merge(article.source(), 1, Integer::sum);
        Set<String> keys = new HashSet<>();
        for (String paragraph : ParagraphSplitter.split(article.rawText())) {
            String key = TextKey.of(paragraph);
            if (!key.isEmpty() && TextKey.words(key) <= MAX_WORDS) {
                keys.add(key);
            }
        }
        Map<String, Integer> counts = articlesPerLine.computeIfAbsent(article.source(), s -> new HashMap<>());
        for (String key : keys) {
            if (counts.merge(key, 1, Integer::sum) == 1) {
                lines++;
            }
        }
        if (lines > maxLines) {
            dropRarestLines();
        }
    }

    /** Drops the lines seen least often until the table is down to half its bound. */
    private void dropRarestLines() {
        for (int seen = 1; lines > maxLines / 2; seen++) {
            for (Iterator<Map<String, Integer>> outlets = articlesPerLine.values().iterator(); outlets.hasNext(); ) {
                Map<String, Integer> counts = outlets.next();
                int before = counts.size();
                int floor = seen;
                counts.values().removeIf(count -> count <= floor);
                lines -= before - counts.size();
                if (counts.isEmpty()) {
                    outlets.remove();
                }
            }
        }
    }

    /** In how many of the outlet's articles the line stands, when it is boilerplate; else 0. */
    public int articlesWith(String source, String paragraph) {
        if (source == null) {
            return 0;
        }
        int count = articlesPerLine.getOrDefault(source, Map.of()).getOrDefault(TextKey.of(paragraph), 0);
        int outletArticles = articlesPerOutlet.getOrDefault(source, 0);
        boolean common = count >= MIN_ARTICLES && (2 * count >= outletArticles || count >= ENOUGH_ARTICLES);
        return common ? count : 0;
    }

    public int articlesOf(String source) {
        return articlesPerOutlet.getOrDefault(source, 0);
    }

    /** Lines held now, for tests and memory accounting. */
    int linesHeld() {
        return lines;
    }
}
