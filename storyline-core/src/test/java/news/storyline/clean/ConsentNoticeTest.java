package news.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.storyline.article.Article;
import news.storyline.article.RemovalReason;
import news.storyline.article.RemovedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentNoticeTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "We use cookies to give you the best experience on our website.",
            "By continuing to browse this site you agree to our use of cookies.",
            "You can read our privacy policy here.",
            "Wir verwenden auf unserer Webseite Cookies, um das Angebot für Sie zu verbessern.",
            "Weitere Informationen finden Sie in unserer Datenschutzerklärung.",
            "Diese Seite verwendet Cookies.",
            "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Używamy plików cookie, aby nasz serwis działał lepiej.",
            "Sitemizde çerezlerden faydalanıyoruz.",
            "Questo sito utilizza cookie per migliorare la tua esperienza.",
            "Utilizziamo i cookie per personalizzare i contenuti del nostro sito.",
            "Utilizamos cookies para melhorar a sua experiência no nosso site.",
            "Wij gebruiken cookies om onze website te verbeteren."})
    void aNoticeAloneIsRemovedWhole(String notice) {
        var cut = ConsentNotice.cut(notice);

        assertThat(cut).isPresent();
        assertThat(cut.get().rest()).isEmpty();
        assertThat(cut.get().removed().reason()).isEqualTo(RemovalReason.CONSENT_NOTICE);
        assertThat(cut.get().removed().text()).isEqualTo(notice);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Reports about cookies and data protection speak of third parties, not to the reader.
            "Google said it would stop supporting third-party cookies in Chrome by the end of the year.",
            "US regulators fined the company over cookies it placed without consent.",
            "Die Datenschutzbeauftragten der Länder verhängten 185 Bußgelder.",
            "Sie kritisierte die neue Datenschutzerklärung des Konzerns scharf.",
            "Facebook changed its privacy policy on Tuesday, the company said.",
            "The EU court ruled that websites must ask before they store cookies.",
            "Il Garante ha multato la società per i cookie installati senza consenso.",
            "Veel websites gebruiken cookies zonder toestemming, zegt de toezichthouder."})
    void reportsAboutCookiesAndPrivacyStay(String sentence) {
        assertThat(ConsentNotice.cut(sentence)).isEmpty();
    }

    @Test
    void aNoticeRunIntoTheTextIsCutOutAndTheTextKept() {
        String paragraph = "Government agrees first coalition budget  We use cookies to improve your experience on our"
                + " website. By continuing you accept our cookie policy. Ministers agreed the budget late on Tuesday"
                + " after two weeks of talks.";

        var cut = ConsentNotice.cut(paragraph).orElseThrow();

        assertThat(cut.removed().text()).isEqualTo("We use cookies to improve your experience on our website. By"
                + " continuing you accept our cookie policy.");
        assertThat(cut.rest()).isEqualTo("Government agrees first coalition budget Ministers agreed the budget late"
                + " on Tuesday after two weeks of talks.");
    }

    @Test
    void aShortSentenceBetweenTwoOfTheNoticesIsTheNoticeToo() {
        String paragraph = "Wir setzen auf unserer Website Cookies ein, um Ihnen das volle Angebot zu zeigen. Zudem"
                + " ermöglichen Cookies die Personalisierung von Inhalten und dienen der Ausspielung von Werbung. Sie"
                + " können auch zu Analysezwecken gesetzt werden. Durch die weitere Nutzung unserer Website erklären"
                + " Sie sich mit dem Einsatz von Cookies einverstanden.";

        var cut = ConsentNotice.cut(paragraph).orElseThrow();

        assertThat(cut.rest()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zur Datenschutzerklärung", "Datenschutz", "Privacy Policy", "Cookie settings"})
    void aLinkToThePolicyAloneIsRemoved(String link) {
        assertThat(ConsentNotice.cut(link)).get().extracting(ConsentNotice.Cut::rest).isEqualTo("");
    }

    @Test
    void aSentenceThatRunsTextIntoTheNoticeIsLeftWhole() {
        // No full stop between the headline, a newsletter box and the notice: cutting it would take the headline.
        String paragraph = "Residents urged to stay at home over the holiday weekend as police step up patrols in"
                + " the city centre Sign up to email alerts Thank you for subscribing See our privacy notice";

        assertThat(ConsentNotice.cut(paragraph)).isEmpty();
    }

    @Test
    void theCleanerRecordsTheNoticeAndKeepsTheArticle() {
        String raw = "Ministers agreed the budget late on Tuesday after two weeks of talks.\n\n"
                + "Wir setzen auf unserer Website Cookies ein, um Ihnen den vollen Funktionsumfang anzubieten. Durch"
                + " die weitere Nutzung erklären Sie sich damit einverstanden.\n\n"
                + "The opposition called the deal a missed chance.";
        Article article = Article.read("a1", "Outlet", null, "Budget agreed",
                Instant.parse("2020-01-01T00:00:00Z"), raw, List.of(), Map.of(), "a1");

        Article cleaned = new ArticleCleaner().clean(article);

        assertThat(cleaned.paragraphs()).containsExactly(
                "Ministers agreed the budget late on Tuesday after two weeks of talks.",
                "The opposition called the deal a missed chance.");
        assertThat(cleaned.removed()).extracting(RemovedSpan::reason).containsExactly(RemovalReason.CONSENT_NOTICE);
    }
}
