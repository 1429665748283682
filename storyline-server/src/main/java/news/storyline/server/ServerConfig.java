package news.storyline.server;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param host         the address to listen on; 127.0.0.1 (this machine only) unless told otherwise
 * @param port         the port; 0 for any free one (see {@link StorylineServer#port()})
 * @param dataFolder   the store's folder
 * @param token        the bearer token writes need; null or blank refuses every write (403) until one is set
 * @param maxBodyBytes the largest request body taken; a larger one gets 413
 */
public record ServerConfig(String host, int port, Path dataFolder, String token, long maxBodyBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    /** The environment variable a token is read from by the command line. */
    public static final String TOKEN_ENV = "STORYLINE_TOKEN";

    public ServerConfig {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive, not " + maxBodyBytes);
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }

    /** Loopback, this port, this folder and token, the default body limit. */
    public static ServerConfig local(int port, Path dataFolder, String token) {
        return new ServerConfig(DEFAULT_HOST, port, dataFolder, token, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, dataFolder, token, bytes);
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataFolder=" + dataFolder + ", token="
                + (token == null ? "none" : "set") + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
