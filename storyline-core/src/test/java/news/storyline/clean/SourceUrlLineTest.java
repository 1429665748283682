package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceUrlLineTest {
    @Test
    void aTokenisedAddressIsPutBackTogether() {
        assertThat(SourceUrlLine.parse("http: / / articles. latimes. com / 2013 / may / 03 / local / la - me - 0504 - "
                + "lohan - rehab - 20130504"))
                .contains("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504");
        assertThat(SourceUrlLine.parse("http: / / www. cbs8. com / story / 10120887 / city - attorney - weighs - "
                + "filing - dui - charges - against - chargers - jamal - williams? redirected=true"))
                .contains("http://www.cbs8.com/story/10120887/city-attorney-weighs-filing-dui-charges-against-"
                        + "chargers-jamal-williams?redirected=true");
    }

    @Test
    void anApostropheInATokenisedAddressIsPartOfIt() {
        assertThat(SourceUrlLine.parse("http: / / www. buenosairesherald. com / article / 132929 / hollywood ’ s - "
                + "mermaid - esther - williams - dies -"))
                .contains("http://www.buenosairesherald.com/article/132929/hollywood’s-mermaid-esther-williams-dies-");
    }

    @Test
    void aPlainAddressIsTakenAsItIs() {
        assertThat(SourceUrlLine.parse("  https://www.bbc.co.uk/news/world-europe-62036195 "))
                .contains("https://www.bbc.co.uk/news/world-europe-62036195");
    }

    @Test
    void aSentenceThatStartsWithAnAddressIsText() {
        assertThat(SourceUrlLine.parse("http://www.usgs.gov has the latest reports on the quake.")).isEmpty();
        assertThat(SourceUrlLine.parse("The USGS site http://www.usgs.gov has the reports.")).isEmpty();
        assertThat(SourceUrlLine.parse("http: / / localhost / page")).isEmpty();
    }
}
