package org.inviteaudit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over its DevTools protocol, just enough to open a page, run script in it and take a
 * screenshot: the browser tests need no driver library, only the browser. Started as the workplace's machines
 * require (no sandbox as root, no background networking, a fresh profile), so that it reaches for no network.
 */
final class Chromium implements AutoCloseable {

    private static final List<Path> KNOWN = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"));
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private Chromium(Process process, WebSocket.Builder builder, URI endpoint) throws IOException {
        this.process = process;
        this.socket = join(builder.buildAsync(endpoint, new Replies()), START);
    }

    /** The browser named by INVITE_AUDIT_CHROMIUM, or the first of the usual places that has one. */
    static Optional<Path> executable() {
        String chosen = System.getenv("INVITE_AUDIT_CHROMIUM");
        Stream<Path> candidates = chosen != null && !chosen.isBlank() ? Stream.of(Path.of(chosen)) : KNOWN.stream();
        return candidates.filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser with a profile in the given (empty) folder, its log beside it. */
    static Chromium start(Path executable, Path folder) throws IOException {
        Path profile = Files.createDirectories(folder.resolve("profile"));
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile());
        // Its own temporary files (a socket for the profile's lock among them) go with the folder.
        builder.environment().put("TMPDIR", Files.createDirectories(folder.resolve("tmp")).toString());
        Process process = builder.start();
        try {
            // Chromium writes the port it chose, and the browser's path, once it listens.
            Path activePort = profile.resolve("DevToolsActivePort");
            Instant deadline = Instant.now().plus(START);
            while (!isComplete(activePort)) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IOException("Chromium did not start; see " + folder.resolve("chromium.log"));
                }
                Thread.sleep(50);
            }
            List<String> lines = Files.readAllLines(activePort, StandardCharsets.UTF_8);
            URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            return new Chromium(process, HttpClient.newHttpClient().newWebSocketBuilder(), endpoint);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium started", e);
        }
    }

    private static boolean isComplete(Path activePort) throws IOException {
        return Files.exists(activePort) && Files.readAllLines(activePort, StandardCharsets.UTF_8).size() >= 2;
    }

    /** A new tab of the given size in CSS pixels, showing the page once it has loaded. */
    Tab open(URI page, int width, int height) throws IOException {
        String target = call("Target.createTarget", params().put("url", "about:blank"), null).get("targetId")
                .asText();
        String session = call("Target.attachToTarget", params().put("targetId", target).put("flatten", true), null)
                .get("sessionId").asText();
        Tab tab = new Tab(session);
        tab.resize(width, height);
        call("Page.navigate", params().put("url", page.toString()), session);
        Instant deadline = Instant.now().plus(CALL);
        // Until the navigation commits, the tab still shows about:blank, which is complete at once.
        String loaded = "location.href === " + JSON.writeValueAsString(page.toString())
                + " && document.readyState === 'complete'";
        while (!tab.evaluate(loaded).asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the page did not load: " + page);
            }
        }
        return tab;
    }

    /** One tab, attached to by its own session. */
    final class Tab {

        private final String session;

        private Tab(String session) {
            this.session = session;
        }

        void resize(int width, int height) throws IOException {
            call("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false), session);
        }

        /** Shows the page as it prints ("print") or as on a screen (""). */
        void media(String media) throws IOException {
            call("Emulation.setEmulatedMedia", params().put("media", media), session);
        }

        /** The value of a script expression; a script error fails the call. */
        JsonNode evaluate(String expression) throws IOException {
            JsonNode reply = call("Runtime.evaluate", params().put("expression", expression)
                    .put("returnByValue", true).put("awaitPromise", true), session);
            if (reply.has("exceptionDetails")) {
                throw new IOException("script failed: " + reply.get("exceptionDetails") + "\n in: " + expression);
            }
            JsonNode value = reply.get("result").get("value");
            return value == null ? JSON.nullNode() : value;
        }

        /** The whole page, not only what the window shows, as PNG. */
        byte[] screenshot() throws IOException {
            JsonNode reply = call("Page.captureScreenshot", params().put("format", "png")
                    .put("captureBeyondViewport", true), session);
            return Base64.getDecoder().decode(reply.get("data").asText());
        }
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private JsonNode call(String method, ObjectNode params, String session) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        join(socket.sendText(JSON.writeValueAsString(message), true), CALL);
        JsonNode answer = join(reply, CALL);
        if (answer.has("error")) {
            throw new IOException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    private static <T> T join(CompletionStage<T> stage, Duration timeout) throws IOException {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Chromium did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Chromium", e);
        }
    }

    /** Hands each reply to the call waiting for it; events, which carry no id, are not needed. */
    private final class Replies implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode reply = JSON.readTree(message.toString());
                    if (reply.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.remove(reply.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(reply);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(waiting -> waiting.completeExceptionally(e));
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Asks the browser to close, then ends whatever of it is left, so that its profile can be deleted. */
    @Override
    public void close() throws IOException {
        List<ProcessHandle> all = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        try {
            call("Browser.close", params(), null);
        } catch (IOException e) {
            // It is being ended anyway.
        }
        socket.abort();
        for (ProcessHandle each : all) {
            each.destroy();
        }
        for (ProcessHandle each : all) {
            try {
                each.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                each.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
