package io.frontline.web.internal;

import io.frontline.identity.AgentPrincipal;
import io.frontline.identity.CurrentAgent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes any API POST safe to retry: with an {@code Idempotency-Key} header, the first response is stored and a retry
 * with the same key and the same body gets that response again ({@code Idempotent-Replayed: true}) and changes
 * nothing. The same key with a different body is 422; a retry while the first request still runs is 409.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final long maxBody;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, long maxBody) {
        this.store = store;
        this.problems = problems;
        this.maxBody = maxBody;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AgentPrincipal> agent = CurrentAgent.get();
        String key = request.getHeader(HEADER).trim();
        if (agent.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 200) {
            problems.write(
                    response,
                    400,
                    "Bad Request",
                    "invalid_idempotency_key",
                    "Idempotency-Key must be 1 to 200 characters.",
                    request.getRequestURI());
            return;
        }
        BufferedRequest buffered = BufferedRequest.read(request, Math.max(maxBody, 64L * 1024 * 1024));
        if (buffered == null) {
            problems.write(
                    response,
                    413,
                    "Content Too Large",
                    "payload_too_large",
                    "The request body is too large.",
                    request.getRequestURI());
            return;
        }
        long agentId = agent.get().id();
        String hash = hash(request.getMethod(), request.getRequestURI(), request.getQueryString(), buffered.body());
        Optional<IdempotencyStore.Stored> existing =
                store.claim(agentId, key, request.getMethod(), request.getRequestURI(), hash);
        if (existing.isPresent()) {
            replay(existing.get(), hash, request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(buffered, captured);
            if (captured.getStatus() < 500) {
                store.complete(
                        agentId,
                        key,
                        captured.getStatus(),
                        captured.getContentType(),
                        captured.getHeader("Location"),
                        captured.getHeader("ETag"),
                        captured.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(agentId, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(
            IdempotencyStore.Stored stored, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(
                    response,
                    422,
                    "Idempotency key reused",
                    "idempotency_key_reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    request.getRequestURI());
            return;
        }
        if (!stored.completed()) {
            response.setHeader("Retry-After", "1");
            problems.write(
                    response,
                    409,
                    "Request in progress",
                    "idempotency_in_progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.",
                    request.getRequestURI());
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) response.setContentType(stored.contentType());
        if (stored.location() != null) response.setHeader("Location", stored.location());
        if (stored.etag() != null) response.setHeader("ETag", stored.etag());
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.body());
    }

    private static String hash(String method, String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "?" + query + "\n").getBytes());
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
