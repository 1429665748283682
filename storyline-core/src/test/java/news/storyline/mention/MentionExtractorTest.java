package news.storyline.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor();

    private static List<String> names(String title, String body) {
        Article article = Article.read("a", null, null, title, null, body, List.of(), Map.of(), "a");
        return EXTRACTOR.extract(article).mentions().stream().map(Mention::text).toList();
    }

    @Test
    void tellsATitleCaseHeadlineFromASentenceCaseOne() {
        assertThat(MentionExtractor.isTitleCase("Oil from Spill Could Still Pose Major Threat")).isTrue();
        assertThat(MentionExtractor.isTitleCase(
                "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.")).isTrue();
        assertThat(MentionExtractor.isTitleCase("Democrats to use Social Security against GOP this fall")).isFalse();
        assertThat(MentionExtractor.isTitleCase("Militants Seize Mosul")).isFalse();
    }

    @Test
    void takesNoNamesFromATitleCaseHeadlineButFromTheBody() {
        List<String> names = names("Russia's Nuclear Help to Iran Stirs Questions About Its Improved Relations",
                "Russia's announcement that it will help Iran get nuclear fuel is raising questions in Washington.");

        assertThat(names).containsExactly("Russia", "Iran", "Washington");
    }

    @Test
    void takesTheNamesOfASentenceCaseHeadline() {
        List<String> names = names("Militants seize Mosul", "The fighters took the city on Tuesday, officials said.");

        assertThat(names).containsExactly("Mosul");
    }

    @Test
    void aSurnameThatIsAlsoATownIsThePersonItShortens() {
        Article article = Article.read("a", null, null, null, null, "Sarah Palin spoke in Anchorage. Palin said the "
                + "fire was set on purpose, and Palin thanked the firefighters. Later Palin left for Juneau.",
                List.of(), Map.of(), "a");
        List<Entity> entities = EXTRACTOR.extract(article).entities();

        assertThat(entities).filteredOn(e -> e.name().equals("Sarah Palin")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(MentionType.PERSON))
                .satisfies(e -> assertThat(e.forms()).containsKeys("Palin", "Sarah Palin"));
        assertThat(entities).noneMatch(e -> e.type() == MentionType.PLACE && e.name().equals("Palin"));
    }

    @Test
    void aTitleOfOneElectedIsATitle() {
        List<Mention> mentions = EXTRACTOR.extract(Article.read("a", null, null, null, null,
                "President-elect Barack Obama named his team. Ex-Governor Rod Blagojevich was not on it.", List.of(),
                Map.of(), "a")).mentions();

        assertThat(mentions).extracting(Mention::text).contains("Barack Obama", "Rod Blagojevich");
        assertThat(mentions).filteredOn(m -> m.text().equals("Barack Obama")).singleElement()
                .satisfies(m -> assertThat(m.cue()).isEqualTo("title President-elect"));
    }

    @Test
    void aCountryKnownByItsAdjectiveIsNamedAndAPointOfTheCompassIsNoPlace() {
        List<Entity> entities = EXTRACTOR.extract(Article.read("a", null, null, null, null,
                "The Italian police arrested him in Palermo on Monday. Trade with the West grew, officials said. "
                        + "Iraqi forces left.",
                List.of(), Map.of(), "a")).entities();

        assertThat(entities).filteredOn(e -> e.type() == MentionType.PLACE).extracting(Entity::name)
                .contains("Italy", "Palermo", "Iraq").doesNotContain("Italian", "West", "Iraqi");
        assertThat(entities).filteredOn(e -> e.name().equals("Italy")).singleElement()
                .satisfies(e -> assertThat(e.forms()).containsOnlyKeys("Italian"));
    }

    @Test
    void aPlaceWrittenWithItsCaseEndingIsThePlaceByItsName() {
        List<Entity> entities = EXTRACTOR.extract(Article.read("a", null, null, null, null,
                "Kazada yaralanan iki kişi İstanbul'da hastaneye kaldırıldı. Yetkililer İstanbul'daki yangının "
                        + "Ankara'ya bildirildiğini söyledi. O'Neil de açıklama yaptı.",
                List.of(), Map.of(), "a")).entities();

        assertThat(entities).filteredOn(e -> e.type() == MentionType.PLACE).extracting(Entity::name)
                .contains("İstanbul", "Ankara");
        assertThat(entities).filteredOn(e -> e.name().equals("İstanbul")).singleElement()
                .satisfies(e -> assertThat(e.place().name()).isEqualTo("Istanbul"));
        assertThat(entities).extracting(Entity::name).contains("O'Neil");
    }

    @Test
    void aPlaceNamedInSeveralLanguagesGoesByTheGazetteersNameWhereOneWritesIt() {
        // A Turkish report first, then two English ones: the place was named by the first article's spelling.
        ArticleMentions turkish = EXTRACTOR.extract("tr", "Çin'de yeni bir salgın görüldü. Yetkililer Çin'in "
                + "açıklamasını bekliyor.", null);
        ArticleMentions english = EXTRACTOR.extract("en", "China reported new cases on Monday. Officials in China "
                + "said the outbreak was under control.", null);
        ArticleMentions german = EXTRACTOR.extract("de", "Die Lage im Irak bleibt angespannt, sagte ein Sprecher "
                + "in Bagdad.", null);
        List<Entity> entities = EXTRACTOR.across(List.of(turkish, english, german));

        assertThat(entities).filteredOn(e -> e.place() != null && e.place().id().equals("CN")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("China"));
        assertThat(entities).filteredOn(e -> e.place() != null).extracting(e -> e.place().id()).contains("IQ");
    }

    @Test
    void aPolishPlaceInItsCaseFormIsThePlaceByItsNominative() {
        List<Entity> entities = EXTRACTOR.extract(Article.read("a", null, null, null, null,
                "Prezydent spotkał się w Warszawie z ministrami. Jak podaje agencja, w Polsce jest to pierwszy taki "
                        + "przypadek, który został potwierdzony. Takie decyzje zapadają rzadko.",
                List.of(), Map.of(), "a")).entities();

        assertThat(entities).filteredOn(e -> e.type() == MentionType.PLACE).extracting(Entity::name)
                .contains("Warszawa", "Polska").doesNotContain("Takie", "Tak");
        assertThat(entities).filteredOn(e -> e.name().equals("Polska")).singleElement()
                .satisfies(e -> assertThat(e.place().name()).isEqualTo("Poland"));
    }

    @Test
    void aRussianCountryInItsCaseFormIsTheCountry() {
        List<Entity> entities = EXTRACTOR.extract(Article.read("a", null, null, null, null,
                "Боевики захватили Мосул, второй по величине город Ирака. Премьер-министр Ирака призвал к помощи. "
                        + "Власти России и Китая заявили о поддержке.", List.of(), Map.of(), "a")).entities();

        assertThat(entities).filteredOn(e -> e.place() != null).extracting(e -> e.place().id())
                .contains("IQ", "RU", "CN");
    }

    @Test
    void anEnglishNameIsNeverReadAsAPolishCaseForm() {
        // "Bernie" would be "Berna", Bern, were English read as Polish.
        List<Entity> entities = EXTRACTOR.extract(Article.read("a", null, null, null, null,
                "Bernie Sanders spoke in Iowa. Bernie said the race was close.", List.of(), Map.of(), "a")).entities();
        assertThat(entities).filteredOn(e -> e.place() != null).extracting(e -> e.place().name())
                .doesNotContain("Bern");
    }
}
