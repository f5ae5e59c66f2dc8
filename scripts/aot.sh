#!/usr/bin/env bash
# Faster start of the packaged server with JDK 25's ahead-of-time cache (JEP 483/514) on the extracted jar.
#
#   scripts/aot.sh prepare [JAR] [DIR] [-- training server args...]
#       extracts JAR (default server/target/frontline-*.jar) into DIR (default ./frontline-aot) with Spring Boot's
#       jarmode tools, then records DIR/frontline.aot with one training start that stops after the application context
#       is refreshed (-Dspring.context.exit=onRefresh). The training start uses an empty embedded H2 database in a
#       temporary directory unless other server arguments follow "--" (they then apply to the training start: it runs
#       the Flyway migrations of the database it is given).
#   scripts/aot.sh run [DIR] [server args...]
#       starts the server from DIR with the cache: java -XX:AOTCache=DIR/frontline.aot -jar DIR/frontline.jar ...
#
# The cache is only valid for the same JDK build and the same jar at the same absolute path: prepare again after
# every upgrade or move (the JVM warns and starts without it otherwise). It needs JDK 25 or newer: JAVA_HOME, else the first /usr/lib/jvm/*25* found.
set -euo pipefail

pick_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
            echo "$candidate/bin/java"
            return
        fi
    done
    echo "JDK 25 or newer needed for the AOT cache (set JAVA_HOME)" >&2
    exit 1
}

JAVA=$(pick_java)
command=${1:-}
shift || true
case "$command" in
prepare)
    jar=${1:-$(ls server/target/frontline-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1)}
    dir=${2:-frontline-aot}
    shift $(($# < 2 ? $# : 2))
    [ "${1:-}" = "--" ] && shift
    [ -f "$jar" ] || { echo "no server jar: $jar (build with ./mvnw -DskipTests package)" >&2; exit 1; }
    rm -rf "$dir"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename frontline.jar
    training_args=("$@")
    scratch=""
    if [ ${#training_args[@]} -eq 0 ]; then
        scratch=$(mktemp -d)
        training_args=(--frontline.data-dir="$scratch" --frontline.demo.mode=off --server.port=0)
    fi
    dir=$(cd "$dir" && pwd)
    "$JAVA" --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$dir/frontline.aot" \
        -Dspring.context.exit=onRefresh -jar "$dir/frontline.jar" "${training_args[@]}"
    [ -n "$scratch" ] && rm -rf "$scratch"
    echo "AOT cache written: $dir/frontline.aot; start with: scripts/aot.sh run $dir [server args]"
    ;;
run)
    dir=${1:-frontline-aot}
    shift || true
    dir=$(cd "$dir" && pwd)
    exec "$JAVA" --enable-native-access=ALL-UNNAMED -XX:AOTCache="$dir/frontline.aot" -jar "$dir/frontline.jar" "$@"
    ;;
*)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
