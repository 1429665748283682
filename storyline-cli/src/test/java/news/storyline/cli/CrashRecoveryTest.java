package news.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed with SIGKILL in the middle of a large ingest, then started again on the same folder: every
 * article it acknowledged is there, and the store passes SQLite's integrity check. The server runs in a process of
 * its own (this test's JVM and class path), so that the kill is a real one.
 */
class CrashRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "crash-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    private Process serve(Path data, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StorylineCommand.class.getName(), "serve", "--data", data.toString(), "--port",
                String.valueOf(port), "--token", TOKEN, "--no-sample")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve-" + System.nanoTime() + ".log").toFile())
                .start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server process ended with " + process.exitValue());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not answer within 90 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<JsonNode> sample() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        try (var in = CrashRecoveryTest.class.getResourceAsStream(DemoCommand.SAMPLE_RESOURCE);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode record = JSON.readTree(line);
                if (record.path("date").asText().matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    @Test
    void everyAcknowledgedArticleSurvivesAKillDuringALargeIngest() throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        Process server = serve(data, port);
        List<JsonNode> sample = sample();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        // Two clients post without pause, one article a request, each with its own ids (rounds of the sample).
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = 0; !stop.get() && i < 2_000; i++) {
                    var record = ((com.fasterxml.jackson.databind.node.ObjectNode) sample.get(i % sample.size())
                            .deepCopy()).put("id", "c" + client + "-" + i).put("url", "https://example.org/c"
                            + client + "/" + i);
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                        + port + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(record.toString())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            JsonNode body = JSON.readTree(r.body());
                            body.path("stored").forEach(s -> acknowledged.add(s.get("id").asText()));
                        }
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            }, "client-" + c);
            clients.add(t);
            t.start();
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.size() < 30 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no last flush
        server.waitFor();
        stop.set(true);
        for (Thread t : clients) {
            t.join(10_000);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30);

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
             ResultSet rs = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        int again = freePort();
        Process restarted = serve(data, again);
        try {
            for (String id : acknowledged) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again
                        + "/api/articles/" + id)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("acknowledged article " + id).isEqualTo(200);
                assertThat(JSON.readTree(r.body()).path("storyId").asText("")).as(id + " has its story").isNotBlank();
            }
            JsonNode health = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again
                    + "/api/health")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(health.get("articles").asInt()).isGreaterThanOrEqualTo(acknowledged.size());
            System.out.println("crash test: " + acknowledged.size() + " articles acknowledged before the kill, "
                    + health.get("articles").asInt() + " in the store after the restart");
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }
}
