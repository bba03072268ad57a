#!/usr/bin/env bash
# Runs the suite on this machine against the local RabbitMQ and Redis, with a local Prometheus and
# Alertmanager when they are installed.
#   scripts/run.sh [run]      build, start the six services, Prometheus and Alertmanager, print a summary
#                             (gateway, key, example calls), then show the live view; q or Ctrl-C stops all
#                             it started. Without a terminal it prints the summary and returns (suite left running).
#   scripts/run.sh start      build and start, print the summary, return once all are ready
#   scripts/run.sh status     readiness of each service, Prometheus and Alertmanager
#   scripts/run.sh view       the live view of a running suite (plain lines when stdout is not a terminal)
#   scripts/run.sh logs       follow the logs (JSON, one event a line)
#   scripts/run.sh stop       stop every process this script started (by PID)
#   scripts/run.sh reset      delete the suite's state (orders, portfolio, risk, alerts, strategy positions)
#                             from the local Redis database; the suite must be stopped
# Options (run, start):
#   --no-build   skip the build when every jar exists
#   --logs       (run) follow the JSON logs instead of showing the live view
#   --fresh      reset the state before starting
#   --public     the gateway listens on every interface (same as TRADEWATCH_BIND_ADDRESS=0.0.0.0)
# Every other port (services' own, management, Prometheus, Alertmanager) is bound to 127.0.0.1. What it starts
# runs in its own session (setsid): Ctrl-C on the terminal reaches only this script, which stops them by PID.
# Logs are in var/logs/<name>.log; the gateway's bootstrap admin key is TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY,
# or generated once into var/admin-key. State persists in Redis (database SPRING_DATA_REDIS_DATABASE, 0).
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
cd "$TW_ROOT"

# service:business port:management port, in start order (the gateway last)
SERVICES="market-data-service:8081:9181 strategy-service:8082:9182 order-executor:8083:9183 risk-manager:8084:9184 alert-system:8085:9185 api-gateway:8080:9180"
PROMETHEUS_PORT=9090
ALERTMANAGER_PORT=9093
VAR="$TW_ROOT/var"
LOOPBACK=127.0.0.1
BIND_ADDRESS="${TRADEWATCH_BIND_ADDRESS:-$LOOPBACK}"
REDIS_HOST="${SPRING_DATA_REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${SPRING_DATA_REDIS_PORT:-6379}"
REDIS_DB="${SPRING_DATA_REDIS_DATABASE:-0}"
mkdir -p "$VAR/logs" "$VAR/run"

readiness() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$LOOPBACK:$1/actuator/health/readiness" 2>/dev/null || true; }
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }
pid_of() { [ -f "$VAR/run/$1.pid" ] && cat "$VAR/run/$1.pid" || true; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
now() { date +%s; }
say() { echo "$*"; }

prometheus_bin() { command -v prometheus 2>/dev/null || true; }
alertmanager_bin() { command -v prometheus-alertmanager 2>/dev/null || command -v alertmanager 2>/dev/null || true; }

# The key given in the environment is used as it is and never written to disk.
KEY_FROM_ENV=0
[ -n "${TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY:-}" ] && KEY_FROM_ENV=1

admin_key_source() {
  if [ "$KEY_FROM_ENV" = 1 ]; then echo '$TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY'
  else echo "\$(cat $VAR/admin-key)"; fi
}

status() {
  printf '%-22s %-8s %-16s %-6s %s\n' NAME PID ADDRESS MGMT READINESS
  local entry name port mport pid code address
  for entry in $SERVICES; do
    IFS=: read -r name port mport <<<"$entry"
    pid=$(pid_of "$name")
    if alive "$pid"; then code=$(readiness "$mport"); else pid="-"; code="stopped"; fi
    case "$code" in 200) code="UP" ;; 503) code="DOWN (503)" ;; 000|"") code="starting" ;; esac
    address=$LOOPBACK
    [ "$name" = api-gateway ] && address=$(cat "$VAR/run/gateway-address" 2>/dev/null || echo "$BIND_ADDRESS")
    printf '%-22s %-8s %-16s %-6s %s\n' "$name" "$pid" "$address:$port" "$mport" "$code"
  done
  local tool port path
  for tool in prometheus:$PROMETHEUS_PORT:/-/ready alertmanager:$ALERTMANAGER_PORT:/-/ready; do
    IFS=: read -r name port path <<<"$tool"
    pid=$(pid_of "$name")
    if alive "$pid"; then code=$(http_code "http://$LOOPBACK:$port$path"); else pid="-"; code="stopped"; fi
    case "$code" in 200) code="UP" ;; 000|"") code="starting" ;; esac
    printf '%-22s %-8s %-16s %-6s %s\n' "$name" "$pid" "$LOOPBACK:$port" "-" "$code"
  done
}

stop() {
  local entry pids=() name pid i
  # Services stop in parallel (each needs a few seconds of graceful shutdown), then the monitoring.
  for entry in $SERVICES prometheus alertmanager; do
    name="${entry%%:*}"; pid=$(pid_of "$name")
    if alive "$pid"; then tw_info "stopping $name (pid $pid)"; kill -TERM "$pid"; pids+=("$name:$pid"); fi
  done
  for entry in "${pids[@]}"; do
    IFS=: read -r name pid <<<"$entry"
    for ((i = 0; i < 30; i++)); do alive "$pid" || break; sleep 1; done
    alive "$pid" && { tw_info "$name did not stop within 30 s; killing it"; kill -KILL "$pid"; }
  done
  for entry in $SERVICES prometheus alertmanager; do rm -f "$VAR/run/${entry%%:*}.pid"; done
  rm -f "$VAR/run/gateway-address"
}

jar_of() { ls "$1"/target/"$1"-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1; }

build() { # no_build
  local entry missing=""
  for entry in $SERVICES live-view; do [ -n "$(jar_of "${entry%%:*}")" ] || missing="$missing ${entry%%:*}"; done
  if [ "$1" = 1 ] && [ -z "$missing" ]; then say "  build skipped (--no-build; the jars exist)"; return; fi
  local t0; t0=$(now)
  say "  building the six services and the live view (./mvnw package, tests skipped: scripts/test.sh runs them) ..."
  tw_mvn -q -ntp -DskipTests package -pl "$(echo "$SERVICES" | sed 's/:[0-9]*:[0-9]*//g; s/ /,/g'),live-view" -am \
    >"$VAR/logs/build.log" 2>&1 || { tail -n 40 "$VAR/logs/build.log" >&2; tw_die "the build failed; its output is above and in var/logs/build.log"; }
  say "  built in $(( $(now) - t0 )) s"
}

start_monitoring() {
  local bin pid
  bin=$(prometheus_bin)
  if [ -z "$bin" ] || [ -z "$(alertmanager_bin)" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      say "  installing Prometheus and Alertmanager (apt-get install prometheus prometheus-alertmanager) ..."
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus prometheus-alertmanager >/dev/null \
        || say "  could not install them: the suite runs without Prometheus and Alertmanager"
    fi
  fi
  bin=$(alertmanager_bin)
  pid=$(pid_of alertmanager)
  if [ -z "$bin" ]; then
    say "  Alertmanager is not installed (apt-get install prometheus-alertmanager): skipped"
  elif alive "$pid"; then
    say "  alertmanager already runs (pid $pid)"
  else
    mkdir -p "$VAR/alertmanager"
    setsid nohup "$bin" --config.file=deploy/alertmanager/alertmanager-local.yml --storage.path="$VAR/alertmanager" \
      --web.listen-address="$LOOPBACK:$ALERTMANAGER_PORT" --cluster.listen-address= \
      >"$VAR/logs/alertmanager.log" 2>&1 &
    echo $! > "$VAR/run/alertmanager.pid"
    say "  starting alertmanager on $LOOPBACK:$ALERTMANAGER_PORT (routes to alert-system), log var/logs/alertmanager.log"
  fi
  bin=$(prometheus_bin)
  pid=$(pid_of prometheus)
  if [ -z "$bin" ]; then
    say "  Prometheus is not installed (apt-get install prometheus): skipped"
  elif alive "$pid"; then
    say "  prometheus already runs (pid $pid)"
  else
    mkdir -p "$VAR/prometheus"
    setsid nohup "$bin" --config.file=deploy/prometheus/prometheus.yml --storage.tsdb.path="$VAR/prometheus" \
      --storage.tsdb.retention.time=2d --web.listen-address="$LOOPBACK:$PROMETHEUS_PORT" \
      >"$VAR/logs/prometheus.log" 2>&1 &
    echo $! > "$VAR/run/prometheus.pid"
    say "  starting prometheus on $LOOPBACK:$PROMETHEUS_PORT (deploy/prometheus: file_sd targets, all rules), log var/logs/prometheus.log"
  fi
}

start() { # no_build fresh
  local t0 entry name port mport pid jar address
  t0=$(now)
  tw_select_jdk
  say "Tradewatch: starting the suite"
  say "  JDK: $JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
  bash scripts/ensure-brokers.sh --amqp-only
  [ "$2" = 1 ] && reset
  build "$1"
  if [ -z "${TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY:-}" ]; then
    [ -s "$VAR/admin-key" ] || (umask 077; head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40 > "$VAR/admin-key")
    TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY="$(cat "$VAR/admin-key")"
    export TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY
  fi
  for entry in $SERVICES; do
    IFS=: read -r name port mport <<<"$entry"
    pid=$(pid_of "$name")
    if alive "$pid"; then say "  $name already runs (pid $pid)"; continue; fi
    jar=$(jar_of "$name")
    [ -n "$jar" ] || tw_die "no jar for $name in $name/target: the build did not produce it"
    address=$LOOPBACK
    if [ "$name" = api-gateway ]; then address=$BIND_ADDRESS; echo "$address" > "$VAR/run/gateway-address"; fi
    demo=()
    # The demo's alerts: the default strategies' fills are 500-1000 USD, so alert-system raises an info
    # alert (large_fill) for each fill of 500 USD or more instead of 100,000 (its default). Only for this
    # run: the local profile is also the tests' profile. TRADEWATCH_ALERTS_SOURCES_LARGE_FILL_NOTIONAL overrides it.
    if [ "$name" = alert-system ] && [ -z "${TRADEWATCH_ALERTS_SOURCES_LARGE_FILL_NOTIONAL:-}" ]; then
      demo=(--tradewatch.alerts.sources.large-fill-notional=500)
    fi
    say "  starting $name on $address:$port (management $LOOPBACK:$mport), log var/logs/$name.log"
    SERVER_PORT="$port" MANAGEMENT_SERVER_PORT="$mport" setsid nohup "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xss512k \
      -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=local \
      --server.address="$address" --management.server.address="$LOOPBACK" ${demo[@]+"${demo[@]}"} \
      >"$VAR/logs/$name.log" 2>&1 &
    echo $! > "$VAR/run/$name.pid"
  done
  start_monitoring
  wait_ready "$t0"
  summary
}

wait_ready() { # start time
  local t0=$1 limit=${TRADEWATCH_START_TIMEOUT:-300} entry name mport pending ready=" "
  local deadline=$(( $(now) + limit ))
  while :; do
    pending=""
    for entry in $SERVICES prometheus:$PROMETHEUS_PORT:$PROMETHEUS_PORT alertmanager:$ALERTMANAGER_PORT:$ALERTMANAGER_PORT; do
      IFS=: read -r name _ mport <<<"$entry"
      case "$ready" in *" $name "*) continue ;; esac
      case "$name" in
        prometheus|alertmanager)
          [ -f "$VAR/run/$name.pid" ] || continue
          alive "$(pid_of "$name")" || { tail -n 20 "$VAR/logs/$name.log" >&2; stop; tw_die "$name exited during start-up; its log is above and in var/logs/$name.log"; }
          [ "$(http_code "http://$LOOPBACK:$mport/-/ready")" = 200 ] || { pending="$pending $name"; continue; } ;;
        *)
          alive "$(pid_of "$name")" || { tail -n 20 "$VAR/logs/$name.log" >&2; stop; tw_die "$name exited during start-up; its log is above and in var/logs/$name.log"; }
          [ "$(readiness "$mport")" = 200 ] || { pending="$pending $name"; continue; } ;;
      esac
      ready="$ready$name "
      say "  ready: $name ($(( $(now) - t0 )) s)"
    done
    [ -z "$pending" ] && break
    [ "$(now)" -lt "$deadline" ] || { status; stop; tw_die "not ready after $limit s:$pending; stopped what was started (logs in var/logs/; TRADEWATCH_START_TIMEOUT gives more time)"; }
    sleep 1
  done
  say "  all ready in $(( $(now) - t0 )) s"
}

summary() {
  local gw_host key url="http://127.0.0.1:8080"
  key=$(admin_key_source)
  gw_host=$(cat "$VAR/run/gateway-address" 2>/dev/null || echo "$BIND_ADDRESS")
  cat <<EOF

Tradewatch is running.
  Gateway         $url$( [ "$gw_host" = "$LOOPBACK" ] && echo " (this machine only; --public opens it)" || echo " (listening on $gw_host:8080)")
  Admin key       $( [ "$key" = '$TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY' ] && echo "the environment variable TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY" || echo "$VAR/admin-key") (send it as X-API-Key)
  Other keys      curl -sS --fail-with-body -H "X-API-Key: $key" -H 'Content-Type: application/json' -d '{"name":"me","role":"VIEWER"}' $url/api/admin/keys
                  (role VIEWER reads, TRADER also places orders; the key is shown once)
  Prometheus      $( [ -n "$(pid_of prometheus)" ] && echo "http://127.0.0.1:$PROMETHEUS_PORT (alerts: /alerts, targets: /targets)" || echo "not running (apt-get install prometheus)")
  Alertmanager    $( [ -n "$(pid_of alertmanager)" ] && echo "http://127.0.0.1:$ALERTMANAGER_PORT" || echo "not running (apt-get install prometheus-alertmanager)")
  Logs            $VAR/logs/ (JSON, one event a line)
  State           kept in Redis between runs (database $REDIS_DB); 'scripts/run.sh reset' or 'start --fresh' clears it

The default strategies (moving-average crossover, RSI, Bollinger on BTCUSDT, ETHUSDT, SOLUSDT) trade by
themselves on the simulated feed, and each of their fills raises an info alert (large_fill, 500 USD and
more): watch ticks, signals, orders, fills, P&L and alerts in the live view.

Try:
  curl -sS --fail-with-body -H "X-API-Key: $key" $url/api/status
  curl -sS --fail-with-body -H "X-API-Key: $key" $url/api/market/quotes/BTCUSDT
  curl -sS --fail-with-body -H "X-API-Key: $key" -H 'Content-Type: application/json' -d '{"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"0.001"}' $url/api/orders
  curl -sS --fail-with-body -H "X-API-Key: $key" $url/api/portfolio

Commands:
  scripts/run.sh view      live view (q or Ctrl-C leaves it)
  scripts/run.sh status    readiness of everything started
  scripts/run.sh logs      follow the JSON logs
  scripts/run.sh stop      stop everything this script started
EOF
}

view() {
  tw_select_jdk >/dev/null
  local jar; jar=$(jar_of live-view)
  [ -n "$jar" ] || tw_die "no live view jar in live-view/target: build it with './mvnw -pl live-view -am package -DskipTests' or 'scripts/run.sh start'"
  local args=(--gateway "http://127.0.0.1:8080" --prometheus "http://127.0.0.1:$PROMETHEUS_PORT")
  if [ "$KEY_FROM_ENV" = 1 ]; then
    args+=(--key-env TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY)
  else
    args+=(--key-file "$VAR/admin-key")
  fi
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto --enable-native-access=ALL-UNNAMED \
    -jar "$jar" "${args[@]}" "$@"
}

# Deletes the suite's own state from the Redis database of the local run: never FLUSHDB/FLUSHALL (other work
# shares the server). Kept: market data (quotes, candles), strategy definitions, alert rules, API keys.
reset() {
  local entry
  for entry in $SERVICES; do alive "$(pid_of "${entry%%:*}")" && tw_die "the suite is running: 'scripts/run.sh stop' first (or 'scripts/run.sh start --fresh')"; done
  command -v redis-cli >/dev/null || tw_die "redis-cli is missing (apt-get install redis-tools)"
  local pattern total=0 n
  for pattern in 'orders:*' 'portfolio:*' 'risk:*' 'alerts:history' 'alerts:alert:*' 'alerts:receipt:*' \
      'alerts:cooldown:*' 'alerts:active:*' 'alerts:dead-letters*' 'strategy:positions:*' 'strategy:fill:*' \
      'strategy:signals' 'strategy:signal:*'; do
    n=$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB" --scan --pattern "$pattern" \
      | xargs -r -n 500 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB" UNLINK | awk '{s += $1} END {print s + 0}')
    total=$((total + n))
  done
  say "  reset: deleted $total keys (orders, portfolio, risk state and breaches, alert history, strategy positions and signals) from Redis $REDIS_HOST:$REDIS_PORT database $REDIS_DB"
}

follow() {
  say "following the logs; Ctrl-C stops the suite"
  trap 'echo; stop; exit 0' INT TERM
  tail -n 0 -F "$VAR"/logs/*-service.log "$VAR"/logs/order-executor.log "$VAR"/logs/risk-manager.log \
    "$VAR"/logs/alert-system.log "$VAR"/logs/api-gateway.log &
  wait
}

live() {
  trap 'echo; stop; exit 0' INT TERM
  local rc=0
  view || rc=$?
  echo
  stop
  exit $rc
}

command="run"
case "${1:-}" in run|start|status|view|logs|stop|reset) command=$1; shift ;; esac
no_build=0; fresh=0; logs=0
if [ "$command" = run ] || [ "$command" = start ]; then
  for arg in "$@"; do
    case "$arg" in
      --no-build) no_build=1 ;;
      --fresh)    fresh=1 ;;
      --logs)     logs=1 ;;
      --public)   BIND_ADDRESS=0.0.0.0 ;;
      *) tw_die "unknown option $arg; usage: scripts/run.sh [run|start] [--no-build] [--fresh] [--logs] [--public]" ;;
    esac
  done
fi

# Ctrl-C while starting stops what was started.
case "$command" in run|start) trap 'echo; stop; exit 130' INT TERM ;; esac

case "$command" in
  run)
    start "$no_build" "$fresh"
    if [ -t 1 ]; then
      if [ "$logs" = 1 ]; then follow; else say; say "live view (q or Ctrl-C stops the suite) ..."; sleep 2; live; fi
    fi ;;
  start)  start "$no_build" "$fresh" ;;
  status) status ;;
  view)   view "$@" ;;
  logs)   tail -n 50 -F "$VAR"/logs/*.log ;;
  stop)   stop ;;
  reset)  reset ;;
  *)      tw_die "usage: scripts/run.sh [run|start|status|view|logs|stop|reset] [options]" ;;
esac
