package io.frontline.bench.data;

import java.util.List;

/** What a generated ticket is about; decides its team, type and tags. */
enum Topic {
    OUTAGE(List.of("outage", "router", "connectivity", "hardware")),
    LOGIN(List.of("login", "password", "2fa", "account")),
    BILLING(List.of("billing", "invoice", "double-charge", "payment")),
    REFUND(List.of("refund", "return", "damaged", "payment")),
    SHIPPING(List.of("shipping", "delivery", "tracking", "address-change"));

    private final List<String> tags;

    Topic(List<String> tags) {
        this.tags = tags;
    }

    List<String> tags() {
        return tags;
    }
}
