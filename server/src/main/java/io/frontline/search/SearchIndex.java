package io.frontline.search;

import io.frontline.search.internal.SearchProperties;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the index from the database with Hibernate Search's mass indexer: needed after rows were written around the
 * application (bulk loads with COPY, restores, manual SQL) or when the index directory was lost. While it runs, each
 * index is emptied first, so searches return partial results until it is done.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final int threads;
    private final AtomicReference<ReindexStatus> status = new AtomicReference<>(ReindexStatus.IDLE);

    SearchIndex(EntityManagerFactory entityManagerFactory, Clock clock, SearchProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
        this.threads = properties.reindexThreads();
    }

    /** Rebuilds everything and returns when done. */
    public synchronized ReindexStatus reindexNow() {
        ReindexStatus running = begin();
        try {
            massIndexer().startAndWait();
            return finish(running, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(running, e);
        } catch (RuntimeException e) {
            return finish(running, e);
        }
    }

    /** Starts a rebuild in the background unless one is running; returns its status at once. */
    public synchronized ReindexStatus startReindex() {
        ReindexStatus current = status.get();
        if (current.state().equals("running")) {
            return current;
        }
        ReindexStatus running = begin();
        massIndexer().start().whenComplete((ignored, failure) -> finish(running, failure));
        return running;
    }

    public ReindexStatus status() {
        return status.get();
    }

    private ReindexStatus begin() {
        ReindexStatus running = new ReindexStatus("running", clock.instant(), null, null);
        status.set(running);
        log.info("Rebuilding the search index from the database");
        return running;
    }

    private ReindexStatus finish(ReindexStatus running, Throwable failure) {
        ReindexStatus done = failure == null
                ? new ReindexStatus("done", running.startedAt(), clock.instant(), null)
                : new ReindexStatus("failed", running.startedAt(), clock.instant(), failure.toString());
        status.set(done);
        if (failure == null) {
            log.info(
                    "Search index rebuilt in {} ms",
                    done.finishedAt().toEpochMilli() - running.startedAt().toEpochMilli());
        } else {
            log.error("Rebuilding the search index failed", failure);
        }
        return done;
    }

    private MassIndexer massIndexer() {
        return Search.mapping(entityManagerFactory)
                .scope(Object.class)
                .massIndexer()
                .threadsToLoadObjects(threads)
                .batchSizeToLoadObjects(100);
    }
}
