#!/usr/bin/env bash
# The system benchmark (docs/benchmarks.md): the six services from their jars, RabbitMQ and Redis on this machine,
# in one run. Builds the jars, then runs io.tradewatch.e2e.SystemBenchmark from e2e-tests' test sources.
#   scripts/bench-system.sh [--phase=60s] [--soak=300s] [--ramp=2000,3000,4000,6000,8000] [--perftest=30s]
# A quick check of the command itself: scripts/bench-system.sh --phase=20s --soak=20s --ramp=2000 --perftest=10s
# Listens on 127.0.0.1 only; every process it starts is stopped by PID when a phase ends.
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
tw_select_jdk
cd "$TW_ROOT"
bash scripts/ensure-brokers.sh
tw_info "building the service jars and e2e-tests' test sources (tests skipped)"
# One reactor run, so test-support comes from its target/ folder (nothing is installed into ~/.m2).
tw_mvn -q -ntp -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="$TW_ROOT/e2e-tests/target/test-classes:$(cat "$TW_ROOT/e2e-tests/target/bench-classpath.txt")"
tw_info "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xshare:off -Dtradewatch.e2e.root="$TW_ROOT" \
  -cp "$cp" io.tradewatch.e2e.SystemBenchmark "$@"
