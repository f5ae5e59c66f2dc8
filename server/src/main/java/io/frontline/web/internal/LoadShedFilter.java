package io.frontline.web.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control for the API. With virtual threads every request gets a thread at once, so without a limit an
 * overload turns into a pile of requests waiting for database connections until they all time out. Here at most
 * {@code max-concurrent-requests} API calls run at once; a request that cannot get in within {@code queue-timeout}
 * is answered 503 with {@code Retry-After} right away and nothing of it is processed, so a client retrying with the
 * same Idempotency-Key loses nothing.
 */
class LoadShedFilter extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long queueTimeoutNanos;
    private final ProblemWriter problems;
    private final Counter shed;

    LoadShedFilter(int maxConcurrent, long queueTimeoutMillis, ProblemWriter problems, MeterRegistry meters) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.queueTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(queueTimeoutMillis);
        this.problems = problems;
        this.shed = Counter.builder("frontline.api.requests.shed")
                .description("API requests answered 503 because the server was at its concurrency limit")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            shed.increment();
            response.setHeader("Retry-After", "1");
            problems.write(
                    response,
                    503,
                    "Service Unavailable",
                    "overloaded",
                    "The server is at capacity; nothing was changed. Retry after a second (with the same"
                            + " Idempotency-Key for a POST).",
                    request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
