package io.frontline.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code auto} loads the demo on the first start with the embedded H2 database, {@code on} on any empty
 *     database, {@code off} never
 * @param agentPassword the password of the demo agents (they exist only in demo data)
 */
@ConfigurationProperties("frontline.demo")
record DemoProperties(Mode mode, String agentPassword) {

    enum Mode {
        AUTO,
        ON,
        OFF
    }

    DemoProperties {
        if (mode == null) mode = Mode.AUTO;
        if (agentPassword == null || agentPassword.isBlank()) agentPassword = "frontline-demo";
    }
}
