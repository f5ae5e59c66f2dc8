package io.frontline.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontline.audit.AuditTrail;
import io.frontline.identity.internal.Agent;
import io.frontline.identity.internal.AgentRepository;
import io.frontline.identity.internal.ApiToken;
import io.frontline.identity.internal.ApiTokenRepository;
import io.frontline.kernel.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues, checks and revokes personal API tokens. A token is {@code fl_} plus 32 random bytes; only its SHA-256 is
 * stored. Successful look-ups are cached briefly so that an API call costs no extra query; revocation clears the cache
 * of the node that revoked, others follow within {@link #CACHE_TTL}.
 */
@Service
public class ApiTokens {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

    public record IssuedToken(long id, String name, String token, Instant createdAt) {}

    public record TokenInfo(
            long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean revoked) {}

    private record Cached(long tokenId, AgentPrincipal principal, Instant lastUsedAt) {}

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final ApiTokenRepository tokens;
    private final AgentRepository agents;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Cached> cache = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(CACHE_TTL)
            .build();

    ApiTokens(
            ApiTokenRepository tokens, AgentRepository agents, AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.tokens = tokens;
        this.agents = agents;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Transactional
    public IssuedToken issue(AgentPrincipal agent, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "fl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String label = name == null || name.isBlank() ? "API token" : name.trim();
        ApiToken saved =
                tokens.save(new ApiToken(agent.id(), label, hash(token), token.substring(0, 7), clock.instant()));
        audit.record(agent.actor(), "api_token", saved.getId(), "created", Map.of("name", label));
        return new IssuedToken(saved.getId(), label, token, saved.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> list(long agentId) {
        return tokens.findByAgentIdOrderByIdDesc(agentId).stream()
                .map(t -> new TokenInfo(
                        t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.isRevoked()))
                .toList();
    }

    @Transactional
    public void revoke(long tokenId, AgentPrincipal by) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (token.getAgentId() != by.id() && by.role() != Role.ADMIN) {
            throw new AccessDeniedException("only the owner or an admin may revoke this token");
        }
        token.revoke(clock.instant());
        audit.record(by.actor(), "api_token", tokenId, "revoked", Map.of("name", token.getName()));
        cache.asMap().values().removeIf(c -> c.tokenId() == tokenId);
    }

    /** The agent the token belongs to, if the token is known, not revoked and the agent is active. */
    public Optional<AgentPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith("fl_") || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Cached cached = cache.getIfPresent(hash);
        if (cached == null) {
            cached = tx.execute(status -> tokens.findByTokenHash(hash)
                    .filter(t -> !t.isRevoked())
                    .flatMap(t -> agents.findById(t.getAgentId())
                            .filter(Agent::isActive)
                            .map(a -> new Cached(t.getId(), a.principal(), t.getLastUsedAt())))
                    .orElse(null));
            if (cached == null) {
                return Optional.empty();
            }
            cache.put(hash, cached);
        }
        Instant now = clock.instant();
        if (cached.lastUsedAt() == null
                || cached.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
            long id = cached.tokenId();
            try {
                tx.executeWithoutResult(status -> tokens.markUsed(id, now));
            } catch (DataAccessException | TransactionException busy) {
                // bookkeeping only: a saturated database must not turn a valid request away
                log.debug("Could not record the use of token {}: {}", id, busy.getMessage());
            }
            cache.put(hash, new Cached(id, cached.principal(), now));
        }
        return Optional.of(cached.principal());
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
