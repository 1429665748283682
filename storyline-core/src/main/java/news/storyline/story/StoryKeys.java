package news.storyline.story;

/**
 * The keys of the candidate index: a story is filed under its members' key terms, name words and place words, and
 * an arriving article finds the stories filed under its own. A prefix keeps a term and a name of one spelling apart.
 */
final class StoryKeys {
    private StoryKeys() {
    }

    static String term(String term) {
        return "t:" + term;
    }

    static String name(String word) {
        return "n:" + word;
    }

    static String place(String word) {
        return "p:" + word;
    }
}
