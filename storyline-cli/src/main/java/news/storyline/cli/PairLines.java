package news.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.storyline.ingest.InputGuard;

/**
 * The lines of a pairs file (JSON Lines, one pair a line), as the commands that score or evaluate pairs read them:
 * streamed, blank lines passed over, a line that is not JSON reported on one line and skipped. Stray bytes that are
 * not UTF-8 become U+FFFD: a text made mostly of them is refused as binary when the pair is read, one with a few is
 * scored, and no line can stop the run.
 */
final class PairLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives each line that is JSON, with its number. */
    interface Consumer {
        void accept(int number, JsonNode line) throws IOException;
    }

    /** What was read: lines that were not blank, and of those the ones that were not JSON. */
    record Counts(int records, int malformed) {
    }

    private PairLines() {
    }

    /**
     * Why a pairs file cannot be read at all, in words, or null when it can: missing or unreadable, or binary (NUL
     * or control bytes in its first 8 KB, or a known binary signature, which no JSON Lines file holds: {@link
     * InputGuard#binaryKind}), refused in one line rather than a line of error for
     * each of its "lines".
     */
    static String refusal(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return "not a readable file";
        }
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            // The ingest guard's test (signatures, NUL or control bytes), and any NUL byte besides: pairs are read
            // as UTF-8 only, so a UTF-16 file, text to the guard, would be read as garbage.
            boolean nul = false;
            for (byte b : head) {
                nul |= b == 0;
            }
            return nul || InputGuard.binaryKind(head) != null ? "binary content, not JSON Lines of pairs" : null;
        }
    }

    static Counts read(Path file, PrintWriter err, Consumer consumer) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        int records = 0;
        int malformed = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int number = 0;
            for (String text; (text = in.readLine()) != null; ) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                records++;
                JsonNode line;
                try {
                    line = JSON.readTree(text);
                } catch (IOException e) {
                    malformed++;
                    err.println("error: " + file + ":" + number + ": malformed JSON, line skipped");
                    continue;
                }
                consumer.accept(number, line);
            }
        }
        return new Counts(records, malformed);
    }
}
