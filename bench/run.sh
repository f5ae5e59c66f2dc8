#!/usr/bin/env bash
# Builds the server and the bench tools, then runs one workload: bench/run.sh --workload create --rate 500 ...
# (all arguments go to io.frontline.bench.Bench; see docs/performance.md). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -n 1)
    export JAVA_HOME
fi
# the chat workload holds thousands of sockets: take the hard open-files limit (inherited by the server the runner
# starts and by its driver processes); where the hard limit itself is low, see docs/performance.md, "Live chat"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
    ./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
exec "$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.frontline.bench.Bench "$@"
