package io.frontline.bench.data;

import java.io.PrintStream;

/**
 * The step after a bulk load that rebuilds the full-text index. Rows written by COPY or plain inserts bypass Hibernate
 * Search, so the index must be rebuilt from the database before search figures mean anything. The server does that
 * itself (its mass indexer knows the mapping), so this step says how.
 */
final class SearchReindex {

    private SearchReindex() {}

    static void run(PrintStream out) {
        out.println("Search index: not built by the generator. Start the server once with"
                + " --frontline.search.reindex=true on this database (see docs/search.md and docs/performance.md).");
    }
}
