package news.storyline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The outlet an address belongs to, when nothing better names it: the host without "www.". */
final class OutletNames {
    private OutletNames() {
    }

    static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new URI(url.strip()).getHost()).map(host -> host.replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
