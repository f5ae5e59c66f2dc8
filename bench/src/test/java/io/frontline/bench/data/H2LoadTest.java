package io.frontline.bench.data;

class H2LoadTest extends LoadContract {

    @Override
    String url() {
        return "jdbc:h2:mem:bench_load;DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String nextValueQuery(String sequence) {
        return "select next value for " + sequence;
    }
}
