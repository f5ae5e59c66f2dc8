package io.frontline.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to JSON API bodies over {@code frontline.api.max-body-size} before anything reads them, whether the
 * client declared the length or streams the body in chunks. Multipart uploads have their own limit.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(long limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || type == null
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                // raw email has its own, larger limit (frontline.email.max-message-size), enforced by the intake
                || type.startsWith("message/rfc822");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            reject(request, response);
            return;
        }
        if (declared < 0 && hasBody(request)) {
            BufferedRequest buffered = BufferedRequest.read(request, limit);
            if (buffered == null) {
                reject(request, response);
                return;
            }
            chain.doFilter(buffered, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(
                response,
                413,
                "Content Too Large",
                "payload_too_large",
                "The request body is larger than the limit of " + limit + " bytes.",
                request.getRequestURI());
    }
}
