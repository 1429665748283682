package news.storyline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The outlet an address or a feed title belongs to. */
public final class OutletNames {
    /** " - ", " | ", " : ", " > ", " » ", " — " between parts, and a colon after a word ("Reuters: Top News"). */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-–—|:>»]+\\s+|(?<=\\S):\\s+");
    /**
     * Words that name a section or the feed itself, not an outlet: a title part made only of them ("World",
     * "All Posts", "Top News", "Latest RSS Feed") is dropped.
     */
    private static final Set<String> SECTION_WORDS = Set.of("world", "all", "posts", "top", "news", "stories",
            "story", "home", "homepage", "latest", "rss", "feed", "feeds", "headlines", "front", "page", "breaking",
            "main", "section", "politics", "business", "technology", "tech", "sport", "sports", "science", "health",
            "entertainment", "opinion", "international", "national", "local", "us", "u.s.", "uk", "europe", "asia",
            "africa", "americas", "middle", "east", "articles", "blog", "updates", "edition", "and", "&", "the", "of",
            "in", "from", "channel", "xml", "atom");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,]+");
    private static final int MIN_SHARED_PREFIX = 3;

    private OutletNames() {
    }

    /** The host without "www.". */
    public static Optional<String> fromUrl(String url) {
        return host(url).map(host -> host.replaceFirst("^www\\.", ""));
    }

    /**
     * The outlet a feed title names: "World : NPR" is NPR, "The Verge - All Posts" The Verge, "NYT > World News" NYT.
     * The title is split at its separators and the parts that only name a section dropped; of several parts left,
     * the one the feed's address matches is taken. The whole title when no part stands out.
     */
    public static String fromFeedTitle(String title, String feedLink) {
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return title.strip();
        }
        List<String> named = new ArrayList<>();
        for (String part : parts) {
            String stripped = part.strip();
            if (!stripped.isEmpty() && !isSectionName(stripped)) {
                named.add(stripped);
            }
        }
        if (named.size() == 1) {
            return named.getFirst();
        }
        Optional<String> siteLabel = host(feedLink).map(OutletNames::siteLabel);
        if (siteLabel.isPresent()) {
            for (String part : named.isEmpty() ? List.of(parts) : named) {
                if (sharesPrefix(squeeze(part), siteLabel.get())) {
                    return part.strip();
                }
            }
        }
        return title.strip();
    }

    private static boolean isSectionName(String part) {
        for (String word : WORD_SPLIT.split(part.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !SECTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The name a host is registered under: "nytimes" for www.nytimes.com, "bbc" for www.bbc.co.uk. */
    private static String siteLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return squeeze(host);
        }
        boolean twoPartSuffix = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && labels[labels.length - 2].length() <= 3;
        return squeeze(labels[labels.length - (twoPartSuffix ? 3 : 2)]);
    }

    /** Letters and digits only, lower case, a leading "the" dropped: "The Verge" and theverge.com compare. */
    private static String squeeze(String text) {
        String squeezed = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return squeezed.startsWith("the") && squeezed.length() > 3 ? squeezed.substring(3) : squeezed;
    }

    private static boolean sharesPrefix(String a, String b) {
        int shared = 0;
        while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared >= Math.min(MIN_SHARED_PREFIX, Math.min(a.length(), b.length())) && shared > 0;
    }

    private static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new URI(url.strip()).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
