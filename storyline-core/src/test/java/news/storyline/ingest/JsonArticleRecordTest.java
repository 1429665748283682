package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.clean.CorpusCleaner;
import news.storyline.io.ArticleJson;
import org.junit.jupiter.api.Test;

class JsonArticleRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tokenisedDateFieldsOfScrapedCorporaAreRead() throws Exception {
        // ECB+ date_raw values: spaces inside times, a bar or dash between date and time, a closing full stop.
        assertDateField("May 2, 2013 | 5: 03pm", "2013-05-02T17:03:00Z");
        assertDateField("August 8, 2012 - 4: 43 pm", "2012-08-08T16:43:00Z");
        assertDateField("May 2, 2013 1: 35 pm.", "2013-05-02T13:35:00Z");
        assertDateField("Nov. 30, 2009", "2009-11-30T00:00:00Z");
        assertDateField("Aug. 05, 2013 | 2: 47 p. m.", "2013-08-05T14:47:00Z");
        assertDateField("July 29, 2011|10: 57 pm", "2011-07-29T22:57:00Z");
        // A long month name misspelt by a letter is still the month.
        assertDateField("Novemer 27, 2005", "2005-11-27T00:00:00Z");
        // A tail no parser reads: the leading date alone.
        assertDateField("August 10, 2011 - - Updated 0947 GMT (1747 HKT)", "2011-08-10T00:00:00Z");
        assertDateField("March 1, 2012 - - 07: 58 GMT (23: 58 PST)", "2012-03-01T00:00:00Z");
        assertThat(PublishedTimeParser.parseDateField("Later 10, 2011 and more")).isEmpty();
        Article ecb = read("{\"id\": \"9_1ecbplus\", \"date_raw\": \"April 10, 2007 - 7: 07AM\", "
                + "\"text\": \"A story.\"}");
        assertThat(ecb.published()).isEqualTo(Instant.parse("2007-04-10T07:07:00Z"));
    }

    private static void assertDateField(String field, String instant) {
        assertThat(PublishedTimeParser.parseDateField(field)).as(field).contains(Instant.parse(instant));
    }

    @Test
    void theFieldNamesOfCommonNewsDatasetsAreRead() throws Exception {
        // NewsAPI: publishedAt, a source object with a name.
        Article newsApi = read("{\"title\": \"Mosul falls\", \"content\": \"Militants took Mosul.\", "
                + "\"publishedAt\": \"2014-06-10T08:00:00Z\", \"source\": {\"id\": \"bbc-news\", \"name\": \"BBC News\"}}");
        assertThat(newsApi.published()).isEqualTo(Instant.parse("2014-06-10T08:00:00Z"));
        assertThat(newsApi.source()).isEqualTo("BBC News");
        assertThat(newsApi.attributes()).doesNotContainKeys("publishedAt", "source");
        // Snake case, another case, other names: one field whatever its separators and case.
        Article scraped = read("{\"Title\": \"Mosul falls\", \"text\": \"Militants took Mosul.\", "
                + "\"publish_date\": \"2014-06-10 08:00:00\", \"publication\": \"Breitbart\"}");
        assertThat(scraped.title()).isEqualTo("Mosul falls");
        assertThat(scraped.published()).isEqualTo(Instant.parse("2014-06-10T08:00:00Z"));
        assertThat(scraped.source()).isEqualTo("Breitbart");
        Article domain = read("{\"text\": \"Militants took Mosul.\", \"domain\": \"cnn.com\", "
                + "\"datePublished\": \"2014-06-10\"}");
        assertThat(domain.source()).isEqualTo("cnn.com");
        assertThat(domain.published()).isEqualTo(Instant.parse("2014-06-10T00:00:00Z"));
        // A field the article takes nothing from stays an attribute, even under a name it could have taken.
        Article twoDates = read("{\"text\": \"Militants took Mosul.\", \"date\": \"2014-06-10\", "
                + "\"published\": \"2014-06-11\", \"media\": [\"a.jpg\"], \"cluster\": \"mosul\"}");
        assertThat(twoDates.published()).isEqualTo(Instant.parse("2014-06-10T00:00:00Z"));
        assertThat(twoDates.attributes()).containsEntry("published", "2014-06-11")
                .containsEntry("media", "[\"a.jpg\"]").containsEntry("cluster", "mosul").doesNotContainKey("date");
    }

    @Test
    void aDateGivenAsSecondsOrMillisecondsSince1970IsRead() throws Exception {
        assertThat(read("{\"text\": \"A story.\", \"timestamp\": 1402387200}").published())
                .isEqualTo(Instant.parse("2014-06-10T08:00:00Z"));
        assertThat(read("{\"text\": \"A story.\", \"date\": 1402387200123}").published())
                .isEqualTo(Instant.parse("2014-06-10T08:00:00.123Z"));
        assertThat(read("{\"text\": \"A story.\", \"date\": \"1402387200.5\"}").published())
                .isEqualTo(Instant.parse("2014-06-10T08:00:00Z"));
        // Eight digits are a date written without separators, not a count of seconds.
        assertThat(read("{\"text\": \"A story.\", \"date\": \"20140610\"}").published())
                .isEqualTo(Instant.parse("2014-06-10T00:00:00Z"));
        // Eleven digits are neither: kept as a date not understood.
        Article odd = read("{\"text\": \"A story.\", \"date\": 14023872001}");
        assertThat(odd.published()).isNull();
        assertThat(odd.attributes()).containsEntry("unparsedDate", "14023872001");
    }

    private static Article read(String json) throws Exception {
        return JsonArticleRecord.toArticle(JSON.readTree(json), "x", "x", false);
    }

    @Test
    void anArticleCleaningEmptiedReadsBackFromStorylinesOwnOutput() throws Exception {
        String footer = "Content from Wire may not be republished without permission.";
        var corpus = new java.util.ArrayList<Article>();
        for (int i = 0; i < 6; i++) {
            corpus.add(Article.read("w" + i, "Wire", null, null, null, i == 0 ? footer : "Story " + i + " of the day.\n\n"
                    + footer, List.of(), Map.of(), "w" + i));
        }
        Article emptied = CorpusCleaner.clean(corpus).getFirst();
        assertThat(emptied.paragraphs()).isEmpty();

        Article back = JsonArticleRecord.toArticle(JSON.readTree(ArticleJson.line(emptied)), "x", "x", false);

        assertThat(back.id()).isEqualTo("w0");
        assertThat(back.rawText()).isEqualTo(footer);
    }
}
