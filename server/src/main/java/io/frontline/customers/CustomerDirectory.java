package io.frontline.customers;

import io.frontline.kernel.Actor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** How other modules find customers and bring new ones in. */
public interface CustomerDirectory {

    Optional<CustomerRef> find(long id);

    Map<Long, CustomerRef> find(Collection<Long> ids);

    /** Case-insensitive: {@code Alice@Example.com} and {@code alice@example.com} are one customer. */
    Optional<CustomerRef> findByEmail(String email);

    /**
     * The customer with this email, created (and attached to the organization owning the email's domain) when there is
     * none. Runs in the caller's transaction.
     */
    CustomerRef findOrCreateByEmail(String email, String name, Actor actor);
}
