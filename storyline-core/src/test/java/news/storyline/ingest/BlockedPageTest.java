package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockedPageTest {
    @Test
    void aBotCheckOrARefusalIsNoArticle() {
        // As a Polish news site served it to a scraper (the SemEval-2022 pairs hold fifteen of these).
        assertThat(BlockedPage.of("Przykro nam, ale z adresu IP z którego się łączysz odnotowaliśmy ogromną "
                + "ilość połączeń. Podejrzewamy, że ktoś nadużył adresu IP, z którego korzystasz. Jeśli chcesz "
                + "połączyć się z nami zaznacz \"NIE JESTEM ROBOTEM\". Twój adres IP: 207.241.233.112"))
                .contains("NIE JESTEM ROBOTEM");
        assertThat(BlockedPage.of("Attention Required! | Cloudflare. Please complete the security check to access "
                + "the site.")).isPresent();
        assertThat(BlockedPage.of("Access Denied. Your IP address has been blocked."))
                .contains("Access Denied\", \"Your IP address");
    }

    @Test
    void anArticleAboutThemIsOne() {
        assertThat(BlockedPage.of("Merkel's coalition shoots down opposition bid to halt Germany's 'killer robots' "
                + "development.")).isEmpty();
        // One sign alone is not enough: a report may say it once.
        assertThat(BlockedPage.of("Journalists were refused entry at the border; access denied, they said, without "
                + "a reason.")).isEmpty();
        assertThat(BlockedPage.of("Coronavirus and Your Supply Chain. This site is protected by reCAPTCHA and the "
                + "Google Privacy Policy and Terms of Service apply.")).isEmpty();
        // A long text is an article whatever it quotes.
        assertThat(BlockedPage.of("The page asked readers to tick \"I'm not a robot\". " + "More of the report. "
                .repeat(100))).isEmpty();
        assertThat(BlockedPage.of(null)).isEmpty();
    }
}
