#!/usr/bin/env bash
# Runs every test of the suite against real RabbitMQ and Redis: finds a JDK 21+, makes sure the brokers
# (and the deploy checks' tools) are there, then builds and tests all modules.
#   scripts/test.sh [extra Maven arguments, e.g. -pl risk-manager -am]
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
exit $status
