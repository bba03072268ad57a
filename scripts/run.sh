#!/usr/bin/env bash
# Runs the suite on this machine against the local RabbitMQ and Redis.
#   scripts/run.sh            build, start all six services, show their readiness, follow their logs
#                             (Ctrl-C stops them); without a terminal it returns once all are ready
#   scripts/run.sh start      build and start, return once all are ready
#   scripts/run.sh status     readiness of each service
#   scripts/run.sh logs       follow the logs
#   scripts/run.sh stop       stop every service this script started (by PID)
# Logs (JSON, one event a line) are in var/logs/<service>.log; the gateway's bootstrap admin key is
# TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY, or generated once into var/admin-key.
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
cd "$TW_ROOT"

# service:business port:management port, in start order (the gateway last)
SERVICES="market-data-service:8081:9181 strategy-service:8082:9182 order-executor:8083:9183 risk-manager:8084:9184 alert-system:8085:9185 api-gateway:8080:9180"
VAR="$TW_ROOT/var"
mkdir -p "$VAR/logs" "$VAR/run"

readiness() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null || true; }
pid_of() { [ -f "$VAR/run/$1.pid" ] && cat "$VAR/run/$1.pid" || true; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

status() {
  printf '%-22s %-8s %-6s %-6s %s\n' SERVICE PID PORT MGMT READINESS
  local entry name port mport pid code
  for entry in $SERVICES; do
    IFS=: read -r name port mport <<<"$entry"
    pid=$(pid_of "$name")
    if alive "$pid"; then code=$(readiness "$mport"); else pid="-"; code="stopped"; fi
    case "$code" in 200) code="UP" ;; 503) code="DOWN (503)" ;; 000|"") code="starting" ;; esac
    printf '%-22s %-8s %-6s %-6s %s\n' "$name" "$pid" "$port" "$mport" "$code"
  done
}

stop() {
  local entry name pid i
  for entry in $SERVICES; do
    name="${entry%%:*}"; pid=$(pid_of "$name")
    if alive "$pid"; then
      tw_info "stopping $name (pid $pid)"
      kill -TERM "$pid"
      for ((i = 0; i < 30; i++)); do alive "$pid" || break; sleep 1; done
      alive "$pid" && { tw_info "$name did not stop within 30 s; killing it"; kill -KILL "$pid"; }
    fi
    rm -f "$VAR/run/$name.pid"
  done
}

start() {
  tw_select_jdk
  bash scripts/ensure-brokers.sh
  tw_info "building the services (./mvnw package, tests skipped: run scripts/test.sh for those)"
  tw_mvn -q -ntp -DskipTests package
  if [ -z "${TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY:-}" ]; then
    [ -s "$VAR/admin-key" ] || (umask 077; head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40 > "$VAR/admin-key")
    TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY="$(cat "$VAR/admin-key")"
  fi
  export TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY
  local entry name port mport pid jar
  for entry in $SERVICES; do
    IFS=: read -r name port mport <<<"$entry"
    pid=$(pid_of "$name")
    if alive "$pid"; then tw_info "$name already runs (pid $pid)"; continue; fi
    jar=$(ls "$name"/target/"$name"-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1)
    [ -n "$jar" ] || tw_die "no jar for $name in $name/target: the build did not produce it"
    tw_info "starting $name on :$port (management :$mport), log var/logs/$name.log"
    SERVER_PORT="$port" MANAGEMENT_SERVER_PORT="$mport" nohup "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xss512k \
      -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=local >"$VAR/logs/$name.log" 2>&1 &
    echo $! > "$VAR/run/$name.pid"
  done
  wait_ready
}

wait_ready() {
  local deadline=$(( $(date +%s) + 180 )) entry name mport pending
  while :; do
    pending=""
    for entry in $SERVICES; do
      IFS=: read -r name _ mport <<<"$entry"
      alive "$(pid_of "$name")" || { tail -n 20 "$VAR/logs/$name.log" >&2; stop; tw_die "$name exited during start-up; its log is above and in var/logs/$name.log"; }
      [ "$(readiness "$mport")" = 200 ] || pending="$pending $name"
    done
    [ -z "$pending" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || { status; tw_die "not ready after 180 s:$pending (see var/logs/)"; }
    sleep 2
  done
  status
  tw_info "all six services are ready; the gateway is http://127.0.0.1:8080 (X-API-Key: the key in var/admin-key or TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY)"
}

follow() {
  tw_info "following the logs; Ctrl-C stops the suite"
  trap 'echo; stop; exit 0' INT TERM
  tail -n 0 -F "$VAR"/logs/*.log &
  wait
}

case "${1:-run}" in
  run)    start; if [ -t 1 ]; then follow; fi ;;
  start)  start ;;
  status) status ;;
  logs)   tail -n 50 -F "$VAR"/logs/*.log ;;
  stop)   stop ;;
  *)      tw_die "usage: scripts/run.sh [run|start|status|logs|stop]" ;;
esac
