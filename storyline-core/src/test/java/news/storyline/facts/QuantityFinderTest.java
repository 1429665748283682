package news.storyline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.storyline.text.Sentences;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
    private static List<Fact> find(String text) {
        return new QuantityFinder().find("a", text, Sentences.split(text));
    }

    private static List<String> texts(String text) {
        return find(text).stream().map(Fact::text).toList();
    }

    @Test
    void countsWithWhatTheyCount() {
        assertThat(texts("Four men rammed their car into a store.")).containsExactly("Four men");
        assertThat(texts("The fighting forced more than 4,800 families from their homes."))
                .containsExactly("more than 4,800 families");
        Fact f = find("Since then 634 people, mainly fighters, have been killed.").get(0);
        assertThat(f.value()).isEqualTo(634.0);
        assertThat(f.measure()).isEqualTo("killed");
        assertThat(texts("He said 354 of the dead were fighters.")).containsExactly("354 of the dead");
        assertThat(texts("Police arrested 5 Indian merchant vessels' crews.")).containsExactly("5 Indian merchant vessels");
    }

    @Test
    void aPronounAfterANumberIsNoCountedNoun() {
        assertThat(texts("Hiller called 911, saying \"I'm the one you're looking for\" and that she was the one "
                + "they wanted.")).isEmpty();
        assertThat(texts("Police said one woman was hurt.")).containsExactly("one woman");
    }

    @Test
    void amountsUnitsAndRanges() {
        assertThat(texts("It grew about six percent last year.")).containsExactly("about six percent");
        assertThat(texts("The fund holds two million Euros now.")).containsExactly("two million Euros");
        assertThat(texts("The deal is worth $2. 6 million, they said.")).containsExactly("$2. 6 million");
        Fact range = find("Trucks made six to seven loads a day.").get(0);
        assertThat(range.text()).isEqualTo("six to seven loads");
        assertThat(range.upper()).isEqualTo(7.0);
        assertThat(texts("It is worth between $60 million to $70 million.")).containsExactly("$60 million to $70 million");
        assertThat(texts("It is worth between $60 million and $70 million.")).containsExactly("$60 million and $70 million");
        // ECB+ 40_6ecbplus: "and" without "between" joins two figures, not a range; "or" is a reckoning's range.
        assertThat(texts("The 13-inch model comes in $1,199 and $1,499 versions.")).containsExactly("$1,199", "$1,499");
        assertThat(find("Two or three people were hurt.").get(0).upper()).isEqualTo(3.0);
        assertThat(texts("The index closed at 8,579.19 on Friday.")).containsExactly("8,579.19");
        assertThat(texts("More than 24, 000 refugees fled.")).containsExactly("More than 24, 000 refugees");
        // A sum's range with a dash, the scale word written once: both ends in millions.
        for (String offer : List.of("$140-150 million", "$140- $150 million", "$140\u2013150 million")) {
            Fact sum = find("The Orioles offered " + offer + " over seven years.").get(0);
            assertThat(sum.text()).isEqualTo(offer);
            assertThat(sum.value()).isEqualTo(140e6);
            assertThat(sum.upper()).isEqualTo(150e6);
        }
        assertThat(texts("The team won 3-1 and paid $5-a-day fees.")).isEmpty();
    }

    @Test
    void numbersThatAreNoAmounts() {
        assertThat(texts("In 2006 the 787 worth in the region of two was a 4 year low.")).isEmpty();
        assertThat(texts("They signed a six year deal at 3: 20 p. m. in the DC - 3 planes of Flight 370.")).isEmpty();
        assertThat(texts("John Smith, 45, was born on June 8 and a 45-year-old man left.")).isEmpty();
        assertThat(texts("Three days of attacks came 40 days ago.")).isEmpty();
    }
}
