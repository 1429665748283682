package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlFragmentTextTest {
    @Test
    void keepsWordsApartWhereSpansLaidOutAsLinesMeet() {
        assertThat(HtmlFragmentText.paragraphs("""
                <div class="byline"><span>By Sofia Bettiza</span><span>BBC News, Rome</span></div>
                <li><a href="/po"><span>Italy drought: Po river runs dry</span></a><span>Published</span>\
                <time>4 July 2022</time></li>
                <time><span>April 30, 2024</span><span>9:15 PM UTC</span></time>"""))
                .containsExactly("By Sofia Bettiza BBC News, Rome", "Italy drought: Po river runs dry Published 4 July 2022",
                        "April 30, 2024 9:15 PM UTC");
    }

    @Test
    void keepsAWordWholeWhenMarkupSplitsIt() {
        assertThat(HtmlFragmentText.paragraphs("<p><b>T</b>he river rose <em>over</em>night, the <a>U.S</a>. said.</p>"))
                .containsExactly("The river rose overnight, the U.S. said.");
    }

    @Test
    void readsTextSeparatedByLineBreaksAsParagraphs() {
        assertThat(HtmlFragmentText.paragraphs("<div><font>First part of the story.<br><br>Second part.</font></div>"))
                .containsExactly("First part of the story.", "Second part.");
    }
}
