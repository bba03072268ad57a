#!/usr/bin/env bash
# Runs a benchmark of one module against the local servers, never in CI.
#   scripts/bench.sh MODULE jmh [JMH_REGEX] [JMH_OPTIONS...]   JMH benchmarks in the module's test sources
#   scripts/bench.sh MODULE main CLASS [ARGS...]                a bench main class in the module's test sources
# Examples:
#   scripts/bench.sh shared-metrics jmh RecorderBenchmark -f 1 -wi 3 -i 5
#   scripts/bench.sh market-data-service main io.tradewatch.marketdata.messaging.PipelineBenchmark
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
[ $# -ge 2 ] || tw_die "usage: scripts/bench.sh MODULE jmh [REGEX] [JMH options] | scripts/bench.sh MODULE main CLASS [ARGS]"
module="$1"; kind="$2"; shift 2
[ -d "$TW_ROOT/$module" ] || tw_die "no module '$module' in $TW_ROOT"
tw_select_jdk
cd "$TW_ROOT"
tw_info "compiling $module and its test sources (JDK: $JAVA_HOME)"
# Built in one reactor run with its sibling modules (resolved from their target/ folders), so nothing is
# installed into ~/.m2 under the feet of other builds.
tw_mvn -q -pl "$module" -am -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$TW_ROOT/$module/target/bench-classpath.txt" >/dev/null
cp="$TW_ROOT/$module/target/test-classes:$TW_ROOT/$module/target/classes:$(cat "$TW_ROOT/$module/target/bench-classpath.txt")"
tw_info "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
case "$kind" in
  jmh)  exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main "$@" ;;
  main) [ $# -ge 1 ] || tw_die "main needs a class name"
        exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xshare:off -cp "$cp" "$@" ;;
  *)    tw_die "unknown kind '$kind': use jmh or main" ;;
esac
