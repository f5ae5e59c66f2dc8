package io.frontline.search.internal;

import io.frontline.search.ReindexStatus;
import io.frontline.search.SearchIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code --frontline.search.reindex=true}: the documented way to rebuild the index from the database. */
@Component
class ReindexOnStart implements ApplicationRunner {

    private final SearchProperties properties;
    private final SearchIndex index;

    ReindexOnStart(SearchProperties properties, SearchIndex index) {
        this.properties = properties;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.reindex()) {
            ReindexStatus result = index.reindexNow();
            if (result.state().equals("failed")) {
                throw new IllegalStateException("Rebuilding the search index failed: " + result.error());
            }
        }
    }
}
