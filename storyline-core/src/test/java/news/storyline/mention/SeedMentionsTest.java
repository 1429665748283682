package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seed reports of the fall of Mosul (June 2014), from two outlets. */
class SeedMentionsTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor();
    private static final Instant PUBLISHED = Instant.parse("2014-06-10T12:00:00Z");

    private static ArticleMentions seed(String name) throws Exception {
        try (var in = SeedMentionsTest.class.getResourceAsStream("/seeds/" + name)) {
            return EXTRACTOR.extract(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), PUBLISHED);
        }
    }

    private static Entity withForm(List<Entity> entities, String form) {
        return entities.stream().filter(e -> e.forms().containsKey(form)).findFirst()
                .orElseThrow(() -> new AssertionError(form + " not in " + entities));
    }

    @Test
    void bothSeedsPlaceMosulBaghdadAndNinevehInIraq() throws Exception {
        ArticleMentions gulf = seed("000_44105980e39676fe.txt");
        ArticleMentions wire = seed("001_f2e9581c621b58c2.txt");
        List<Entity> across = EXTRACTOR.across(List.of(gulf, wire));

        Entity mosul = withForm(across, "Mosul");
        Entity baghdad = withForm(across, "Baghdad");
        Entity nineveh = withForm(across, "Nineveh");
        Entity iraq = withForm(across, "Iraq");
        assertThat(nineveh.forms()).containsOnlyKeys("Nineveh", "Ninevah");
        for (Entity e : List.of(mosul, baghdad, nineveh, iraq)) {
            assertThat(e.type()).as(e.name()).isEqualTo(MentionType.PLACE);
            assertThat(e.articles()).as(e.name()).containsOnlyKeys(gulf.articleId(), wire.articleId());
            assertThat(e.place().country()).as(e.name()).isEqualTo("IQ");
        }
        assertThat(mosul.place().kind()).isEqualTo(Place.Kind.CITY);
        assertThat(mosul.within(nineveh)).isTrue();
        assertThat(nineveh.within(iraq)).isTrue();
        assertThat(baghdad.within(iraq)).isTrue();
        assertThat(baghdad.within(nineveh)).isFalse();
    }

    @Test
    void isilIsGroupedWithIsilInCapitalsAndItsExpansion() throws Exception {
        ArticleMentions gulf = seed("000_44105980e39676fe.txt");
        ArticleMentions wire = seed("001_f2e9581c621b58c2.txt");
        assertThat(withForm(gulf.entities(), "Isil").forms())
                .containsOnlyKeys("Isil", "Sunni Islamic State in Iraq and the Levant");
        assertThat(withForm(wire.entities(), "ISIL").forms())
                .containsOnlyKeys("ISIL", "Islamic State of Iraq and the Levant");
        Entity across = withForm(EXTRACTOR.across(List.of(gulf, wire)), "ISIL");
        assertThat(across.forms()).containsKeys("Isil", "ISIL", "Islamic State of Iraq and the Levant",
                "Sunni Islamic State in Iraq and the Levant");
        assertThat(across.type()).isEqualTo(MentionType.ORGANISATION);
        assertThat(across.name()).isIn("Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant");
        assertThat(withForm(EXTRACTOR.across(List.of(gulf, wire)), "al-Qaida").forms())
                .containsOnlyKeys("al-Qaida", "Al Qaida");
    }

    @Test
    void theSeedsDatesResolveAgainstPublication() throws Exception {
        ArticleMentions gulf = seed("000_44105980e39676fe.txt");
        assertThat(gulf.dates()).filteredOn(d -> d.text().equals("on Tuesday")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.from()).isEqualTo(LocalDate.of(2014, 6, 10)));
        assertThat(gulf.dates()).filteredOn(d -> d.text().equals("in early January")).isNotEmpty()
                .allSatisfy(d -> assertThat(List.of(d.from(), d.to()))
                        .containsExactly(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 10)));
        ArticleMentions wire = seed("001_f2e9581c621b58c2.txt");
        assertThat(wire.dates()).filteredOn(d -> d.text().equals("late yesterday")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.from()).isEqualTo(LocalDate.of(2014, 6, 9)));
    }

    @Test
    void namesTheWiresPeopleWithTheirTitles() throws Exception {
        ArticleMentions wire = seed("001_f2e9581c621b58c2.txt");
        assertThat(wire.entities()).filteredOn(e -> e.type() == MentionType.PERSON).extracting(Entity::name)
                .contains("Bashar Assad", "Atheel al-Nujaifi", "Osama al-Nujaifi", "Ali Mahmoud");
    }
}
