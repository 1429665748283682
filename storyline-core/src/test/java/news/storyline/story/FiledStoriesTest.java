package news.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiledStoriesTest {

    @Test
    void filingAgainMovesAStoryLastAndAFullListLetsTheLeastRecentlyFiledGo() {
        var filed = new FiledStories();
        for (String id : new String[] {"s1", "s2", "s3", "s2", "s4", "s5"}) {
            filed.file(id, 4);
        }
        assertThat(filed).containsExactly("s3", "s2", "s4", "s5");
        filed.file("s3", 4);
        assertThat(filed).containsExactly("s2", "s4", "s5", "s3");
        assertThat(filed.unfile("s4")).isTrue();
        assertThat(filed.unfile("s4")).isFalse();
        assertThat(filed).containsExactly("s2", "s5", "s3");
    }

    @Test
    void itIsReadOnlyToOthers() {
        var filed = new FiledStories();
        filed.file("s1", 50);
        assertThatThrownBy(() -> filed.add("s2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> filed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
