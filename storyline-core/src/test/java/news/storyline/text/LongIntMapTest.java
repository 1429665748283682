package news.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void agreesWithAHashMapThroughGrowthAndUpdates() {
        var map = new LongIntMap();
        var expected = new HashMap<Long, Integer>();
        var random = new SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            // Keys drawn from a small range as well as anywhere, so that some are met again and slots collide.
            long key = i % 3 == 0 ? random.nextLong(2_000) : random.nextLong();
            int value = random.nextInt(1_000_000);
            Integer old = expected.put(key, value);
            assertThat(map.put(key, value)).isEqualTo(old == null ? LongIntMap.ABSENT : old);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        map.update((k, v) -> v % 2 == 0 ? LongIntMap.ABSENT : v + 1);
        expected.values().removeIf(v -> v % 2 == 0);
        expected.replaceAll((k, v) -> v + 1);
        assertThat(map.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(map.get(-1L)).isEqualTo(expected.getOrDefault(-1L, LongIntMap.ABSENT));
    }

    @Test
    void putIfAbsentKeepsTheFirstValueAndAbsentIsNoValue() {
        var map = new LongIntMap();
        assertThat(map.putIfAbsent(0L, 3)).isEqualTo(LongIntMap.ABSENT);
        assertThat(map.putIfAbsent(0L, 4)).isEqualTo(3);
        assertThat(map.get(0L)).isEqualTo(3);
        assertThatThrownBy(() -> map.put(1L, LongIntMap.ABSENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
