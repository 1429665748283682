package news.storyline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two scraped seed reports (the shared fixtures, on the test class path), copied where a test wants them. */
final class Seeds {
    static final String CLEAN_000 = "000_44105980e39676fe.txt";
    static final String MESSY_001 = "001_f2e9581c621b58c2.txt";

    private Seeds() {
    }

    static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : new String[] {CLEAN_000, MESSY_001}) {
            try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }
}
