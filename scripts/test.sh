#!/usr/bin/env bash
# Runs every test of the suite against real RabbitMQ and Redis: finds a JDK 21+, makes sure the brokers
# (and the deploy checks' tools) are there, then builds and tests all modules.
#   scripts/test.sh [extra Maven arguments, e.g. -pl risk-manager -am]
# Without arguments it then runs scripts/tests/run-smoke.sh (the run command against the built jars).
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
cd "$TW_ROOT"
tw_select_jdk
tw_info "JDK: $JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
bash scripts/ensure-brokers.sh
if [ -x deploy/scripts/install-validation-tools.sh ]; then
  bash deploy/scripts/install-validation-tools.sh
fi
start=$(date +%s)
tw_info "building and testing every module (./mvnw verify)"
status=0
tw_mvn -ntp verify "$@" || status=$?
tw_info "tests finished in $(( $(date +%s) - start )) s with exit code $status"
# The run command's smoke test needs the jars of a full build: after a green run without module selection.
if [ "$status" -eq 0 ] && [ $# -eq 0 ] && [ "${TW_SKIP_RUN_SMOKE:-0}" != 1 ]; then
  tw_info "smoke test of scripts/run.sh (scripts/tests/run-smoke.sh; TW_SKIP_RUN_SMOKE=1 skips it)"
  smoke_start=$(date +%s)
  bash scripts/tests/run-smoke.sh || status=$?
  tw_info "run smoke test finished in $(( $(date +%s) - smoke_start )) s with exit code $status"
fi
exit $status
