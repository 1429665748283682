package news.storyline.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The key a text's vector is kept under: the first 16 bytes (128 bits) of the SHA-256 of its UTF-8 bytes. A
 * collision is as unlikely as one in SHA-256's first 16 bytes, and the key is the same in every store that keeps
 * vectors (the cache file of {@link CachedEmbedder}, the server's store).
 */
public final class TextDigest {
    /** Bytes in a digest. */
    public static final int BYTES = 16;

    private TextDigest() {
    }

    /** The digest of a text; a null text is digested as the empty one. */
    public static byte[] of(String text) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
