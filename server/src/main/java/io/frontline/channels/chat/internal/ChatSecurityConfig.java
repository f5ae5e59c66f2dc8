package io.frontline.channels.chat.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The visitor's side of chat is public: no session, no cookies, no CSRF (nothing ambient to forge); the visitor
 * token in a header is the credential and each endpoint checks it. Every request counts against its address's rate
 * limit first. The frame page sets its own framing policy (the widget's allowed origins).
 */
@Configuration
class ChatSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain chatVisitors(HttpSecurity http, ChatRateLimits limits) throws Exception {
        http.securityMatcher("/chat/api/**", "/chat/ws", "/chat/ws/**", "/chat/widget.js", "/chat/frame/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(h -> h.frameOptions(f -> f.disable()))
                .addFilterBefore(new AddressLimit(limits), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    /** 429 with Retry-After once an address exceeds {@code frontline.chat.ip-requests-per-minute}. */
    static final class AddressLimit extends OncePerRequestFilter {

        private final ChatRateLimits limits;

        AddressLimit(ChatRateLimits limits) {
            this.limits = limits;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith("/chat/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long wait = limits.addressWait(request.getRemoteAddr());
            if (wait > 0) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(wait));
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                                + "\"code\":\"rate_limited\",\"detail\":\"Too many chat requests from this address;"
                                + " retry in " + wait + " s.\"}");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
