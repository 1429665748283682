package news.storyline.server.ui;

import java.util.Map;

/** The Content-Security-Policy of every page, and the other headers the server sends with pages and assets. */
public final class Csp {
    /** Nothing from elsewhere, no inline script or style: styles from app.css, the one script live.js. */
    public static final String POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The policy as the pages' {@code <meta http-equiv>} carries it: {@link #POLICY} less {@code frame-ancestors},
     * which browsers ignore in a meta element and report as a console error (Chromium: "The Content Security Policy
     * directive 'frame-ancestors' is ignored when delivered via a &lt;meta&gt; element"). The header carries it.
     */
    public static final String META_POLICY = POLICY.replace("; frame-ancestors 'none'", "");

    /** The headers to send with every page and asset: the policy, no MIME sniffing, no referrer. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private Csp() {
    }
}
