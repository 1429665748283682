package news.storyline.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.storyline.article.Article;
import news.storyline.text.TextKey;

/**
 * Lines an outlet prints in many of its articles (a disclaimer, a footer, a bureau credit), learnt from the corpus
 * at hand. A line counts as the outlet's boilerplate when it is short and stands in at least
 * {@value #MIN_ARTICLES} of the outlet's articles and in half of them (or in {@value #ENOUGH_ARTICLES}, for an outlet
 * with many). The floor keeps a background sentence that a few follow-up stories share ("Mosul is the capital of
 * Nineveh province.") in the text.
 */
public final class OutletBoilerplate {
    static final int MIN_ARTICLES = 5;
    static final int ENOUGH_ARTICLES = 50;
    static final int MAX_WORDS = 40;

    private final Map<String, Integer> articlesPerOutlet = new HashMap<>();
    private final Map<String, Map<String, Integer>> articlesPerLine = new HashMap<>();

    /** Learns from the articles' raw bodies. */
    public static OutletBoilerplate learn(List<Article> articles) {
        var boilerplate = new OutletBoilerplate();
        articles.forEach(boilerplate::add);
        return boilerplate;
    }

    /** An empty model: nothing is outlet boilerplate. */
    public static OutletBoilerplate none() {
        return new OutletBoilerplate();
    }

    public void add(Article article) {
        if (article.source() == null) {
            return;
        }
        articlesPerOutlet.merge(article.source(), 1, Integer::sum);
        Set<String> lines = new HashSet<>();
        for (String paragraph : ParagraphSplitter.split(article.rawText())) {
            String key = TextKey.of(paragraph);
            if (!key.isEmpty() && TextKey.words(key) <= MAX_WORDS) {
                lines.add(key);
            }
        }
        Map<String, Integer> counts = articlesPerLine.computeIfAbsent(article.source(), s -> new HashMap<>());
        lines.forEach(line -> counts.merge(line, 1, Integer::sum));
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
}
