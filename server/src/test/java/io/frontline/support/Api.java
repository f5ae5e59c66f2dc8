package io.frontline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API, so that tests exercise the real wire: headers, status codes, JSON. */
public final class Api {

    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public long id() {
            return json.get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String token;
    private final Map<String, String> extraHeaders;

    private Api(String base, String token, Map<String, String> extraHeaders) {
        this.base = base;
        this.token = token;
        this.extraHeaders = extraHeaders;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null, Map.of());
    }

    public Api withToken(String token) {
        return new Api(base, token, extraHeaders);
    }

    public Api withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new Api(base, token, headers);
    }

    /** Issues an API token with HTTP Basic credentials and returns a client that uses it. */
    public Api signIn(String email, String password) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        Response issued =
                withHeader("Authorization", "Basic " + basic).post("/api/v1/auth/tokens", Map.of("name", "test"));
        if (issued.status() != 201) {
            throw new IllegalStateException("could not sign in: " + issued);
        }
        return withToken(issued.json().get("token").asString());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(body(body)));
    }

    public Response patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", body(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    public Response postRaw(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!body.isEmpty() && type.contains("json")) {
                json = JSON.readTree(body);
            }
            return new Response(response.statusCode(), response, json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
