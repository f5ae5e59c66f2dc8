package io.frontline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class LoadShedFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoadShedFilter filter =
            new LoadShedFilter(1, 20, new ProblemWriter(JsonMapper.builder().build()), meters);

    @Test
    void answersServiceUnavailableWithRetryAfterWhenAtCapacity() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> busy = pool.submit(() -> {
                filter.doFilter(api(), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            inside.await();

            MockHttpServletResponse refused = new MockHttpServletResponse();
            boolean[] ran = {false};
            filter.doFilter(api(), refused, (req, res) -> ran[0] = true);

            assertThat(ran[0]).as("the refused request is not processed").isFalse();
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            assertThat(refused.getContentAsString()).contains("\"code\":\"overloaded\"");
            assertThat(meters.counter("frontline.api.requests.shed").count()).isEqualTo(1);
            release.countDown();
            busy.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void admitsTheNextRequestOnceASlotIsFree() throws Exception {
        filter.doFilter(api(), new MockHttpServletResponse(), (req, res) -> {});
        MockHttpServletResponse next = new MockHttpServletResponse();
        boolean[] ran = {false};

        filter.doFilter(api(), next, (req, res) -> ran[0] = true);

        assertThat(ran[0]).isTrue();
        assertThat(next.getStatus()).isEqualTo(200);
    }

    @Test
    void leavesPagesOutsideTheApiAlone() throws Exception {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
        boolean[] ran = {false};

        filter.doFilter(page, new MockHttpServletResponse(), (req, res) -> ran[0] = true);

        assertThat(ran[0]).isTrue();
    }

    private static MockHttpServletRequest api() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tickets");
        request.setRequestURI("/api/v1/tickets");
        return request;
    }
}
