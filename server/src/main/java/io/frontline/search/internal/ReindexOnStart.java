package io.frontline.search.internal;

import io.frontline.search.ReindexStatus;
import io.frontline.search.SearchIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --frontline.search.reindex=true}: the documented way to rebuild the index from the database, during start-up.
 * An index deleted at start-up because it was written in an older layout ({@link IndexFormat}) is rebuilt in the
 * background instead, so that an upgrade does not hold the start; searches return partial results until it is done.
 */
@Component
class ReindexOnStart implements ApplicationRunner {

    private final SearchProperties properties;
    private final SearchIndex index;
    private final IndexFormat format;

    ReindexOnStart(SearchProperties properties, SearchIndex index, IndexFormat format) {
        this.properties = properties;
        this.index = index;
        this.format = format;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.reindex()) {
            ReindexStatus result = index.reindexNow();
            if (result.state().equals("failed")) {
                throw new IllegalStateException("Rebuilding the search index failed: " + result.error());
            }
        } else if (format.rebuildNeeded()) {
            index.startReindex();
        }
    }
}
