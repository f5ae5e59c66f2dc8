package io.frontline.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reindex rebuild the whole index from the database during start-up, before the application reports ready
 *     (after a bulk load that bypassed the application, or a lost index directory)
 * @param reindexThreads threads loading entities while rebuilding
 */
@ConfigurationProperties("frontline.search")
public record SearchProperties(boolean reindex, Integer reindexThreads) {

    public SearchProperties {
        if (reindexThreads == null || reindexThreads < 1) reindexThreads = 2;
    }
}
