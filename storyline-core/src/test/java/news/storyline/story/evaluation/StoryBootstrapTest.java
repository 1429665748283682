package news.storyline.story.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.similarity.BootstrapInterval;
import org.junit.jupiter.api.Test;

class StoryBootstrapTest {
    /** 40 gold stories of 3 articles each. */
    private static final List<String> GOLD = gold(40);

    private static List<String> gold(int stories) {
        var gold = new ArrayList<String>();
        for (int s = 0; s < stories; s++) {
            for (int a = 0; a < 3; a++) {
                gold.add("g" + s);
            }
        }
        return gold;
    }

    /** Right on the first {@code right} stories; on the others each article is a story of its own. */
    private static List<Object> splitsAllBut(int right) {
        var predicted = new ArrayList<Object>();
        for (int i = 0; i < GOLD.size(); i++) {
            predicted.add(i / 3 < right ? GOLD.get(i) : "single" + i);
        }
        return predicted;
    }

    private static StoryBootstrap of(Map<String, List<?>> systems) {
        return StoryBootstrap.of(GOLD, systems);
    }

    @Test
    void theFigureOfTheWholeSetIsClusterScoresB3F1AndLiesInsideItsInterval() {
        var systems = new LinkedHashMap<String, List<?>>();
        systems.put("half", splitsAllBut(20));
        BootstrapInterval f1 = of(systems).f1("half");

        assertThat(f1.value()).isCloseTo(ClusterScores.of(GOLD, splitsAllBut(20)).b3F1(), within(1e-12));
        assertThat(f1.low()).isLessThan(f1.value());
        assertThat(f1.high()).isGreaterThan(f1.value());
        // Which 40 stories are drawn moves a system right on half of them by several points.
        assertThat(f1.high() - f1.low()).isBetween(0.05, 0.5);
    }

    @Test
    void aSystemRightOnEveryStoryHasNoSpreadAndItsDifferenceFromItselfIsZero() {
        var systems = new LinkedHashMap<String, List<?>>();
        systems.put("perfect", new ArrayList<Object>(GOLD));
        systems.put("again", new ArrayList<Object>(GOLD));
        StoryBootstrap bootstrap = of(systems);

        assertThat(bootstrap.f1("perfect")).isEqualTo(new BootstrapInterval(1, 1, 1));
        assertThat(bootstrap.difference("perfect", "again")).isEqualTo(new BootstrapInterval(0, 0, 0));
    }

    @Test
    void theSameDrawsScoreEverySystemSoASmallSteadyGainIsTold() {
        // Right on 30 stories against right on 24 of the same: 6 stories better, never worse. Apart, their
        // intervals overlap; paired, the gain's interval stays above zero.
        var systems = new LinkedHashMap<String, List<?>>();
        systems.put("better", splitsAllBut(30));
        systems.put("worse", splitsAllBut(24));
        StoryBootstrap bootstrap = of(systems);

        assertThat(bootstrap.f1("better").low()).isLessThan(bootstrap.f1("worse").high());
        BootstrapInterval gain = bootstrap.difference("better", "worse");
        assertThat(gain.value()).isPositive();
        assertThat(gain.low()).isPositive();
        assertThat(bootstrap.difference("worse", "better").high()).isNegative();
    }

    @Test
    void twoRunsOnTheSameAssignmentsGiveTheSameIntervals() {
        var systems = new LinkedHashMap<String, List<?>>();
        systems.put("half", splitsAllBut(20));

        assertThat(of(systems).f1("half")).isEqualTo(of(systems).f1("half"));
    }

    @Test
    void anUnknownSystemOrMisalignedLabelsAreRefusedByName() {
        var systems = new LinkedHashMap<String, List<?>>();
        systems.put("half", splitsAllBut(20));
        assertThat(of(systems).has("half")).isTrue();
        assertThat(of(systems).has("other")).isFalse();
        assertThatThrownBy(() -> of(systems).f1("other")).hasMessageContaining("no system other");

        systems.put("short", List.of("x"));
        assertThatThrownBy(() -> of(systems)).hasMessageContaining("120 gold labels but 1 predicted");
    }
}
