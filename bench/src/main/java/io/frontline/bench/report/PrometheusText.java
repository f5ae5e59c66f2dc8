package io.frontline.bench.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The samples of a Prometheus text exposition ({@code /actuator/prometheus}), summed over their labels: enough to read
 * a timer's count, sum and max or a counter that the server exports without labels or with constant ones.
 */
public final class PrometheusText {

    private final Map<String, Double> samples;

    private PrometheusText(Map<String, Double> samples) {
        this.samples = samples;
    }

    public static PrometheusText parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int labels = trimmed.indexOf('{');
            int space = labels >= 0 ? trimmed.indexOf(' ', trimmed.indexOf('}', labels)) : trimmed.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = trimmed.substring(0, labels >= 0 && labels < space ? labels : space);
            String[] rest = trimmed.substring(space + 1).strip().split("\\s+");
            try {
                double value = Double.parseDouble(rest[0]);
                samples.merge(name, value, name.endsWith("_max") ? Math::max : Double::sum);
            } catch (NumberFormatException ignored) {
                // NaN and friends parse; anything else is not a sample
            }
        }
        return new PrometheusText(samples);
    }

    /** The sample's value summed over its labels (the largest for a {@code _max}), 0 when the server has none. */
    public double value(String name) {
        return samples.getOrDefault(name, 0.0);
    }

    public boolean has(String name) {
        return samples.containsKey(name);
    }
}
