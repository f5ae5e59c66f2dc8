package io.frontline.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill as stored: a kind and a value. */
@Embeddable
public record AgentSkill(
        @Column(name = "kind", nullable = false) String kind,
        @Column(name = "skill_value", nullable = false) String value) {}
