package io.frontline.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.customers.IdentityKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerIdentityTest {

    @Test
    void matchesEmailsCaseInsensitively() {
        assertThat(CustomerIdentity.normalize(IdentityKind.EMAIL, " Alice@Example.COM "))
                .isEqualTo(CustomerIdentity.normalize(IdentityKind.EMAIL, "alice@example.com"));
    }

    @Test
    void matchesPhonesByTheirDigits() {
        assertThat(CustomerIdentity.normalize(IdentityKind.PHONE, "+49 (30) 123-456"))
                .isEqualTo("+4930123456");
        assertThat(CustomerIdentity.normalize(IdentityKind.PHONE, "030 123 456"))
                .isEqualTo("030123456");
    }

    @Test
    void replacingIdentitiesKeepsTheOnesThatStayAndDropsDuplicates() {
        Customer customer = new Customer("A", Instant.EPOCH);
        customer.replaceIdentities(IdentityKind.EMAIL, List.of("a@x.com", "b@x.com"));

        customer.replaceIdentities(IdentityKind.EMAIL, List.of("B@x.com", "c@x.com", "C@X.com"));

        assertThat(customer.values(IdentityKind.EMAIL)).containsExactly("b@x.com", "c@x.com");
    }
}
