package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNamesTest {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiterString = " ¦ ", nullValues = "none", value = {
            "World : NPR ¦ https://www.npr.org/sections/world/ ¦ NPR",
            "The Verge - All Posts ¦ https://www.theverge.com/ ¦ The Verge",
            "BBC News - World ¦ https://www.bbc.co.uk/news/world ¦ BBC News",
            "Reuters: Top News ¦ https://www.reuters.com ¦ Reuters",
            "NYT > World News ¦ https://www.nytimes.com/section/world ¦ NYT",
            "Politics | The Guardian ¦ https://www.theguardian.com/politics ¦ The Guardian",
            "BBC | Science & Environment ¦ https://www.bbc.co.uk/news/science_and_environment ¦ BBC",
            "Al Jazeera – Breaking News, World News and Video from Al Jazeera ¦ https://www.aljazeera.com ¦ "
                    + "Al Jazeera",
            "Harbour Gazette ¦ https://www.harbourgazette.example/ ¦ Harbour Gazette",
            "Harbour Gazette ¦ none ¦ Harbour Gazette",
            // two outlet-like parts and no link to choose by: the title as it is
            "Valley Courier - Lakeside Chronicle ¦ none ¦ Valley Courier - Lakeside Chronicle",
            // no separator: the title stays whole, even when it reads like a section
            "Latest News ¦ none ¦ Latest News"})
    void findsTheOutletPartOfAFeedTitle(String title, String link, String expected) {
        assertThat(OutletNames.fromFeedTitle(title, link)).isEqualTo(expected);
    }
}
