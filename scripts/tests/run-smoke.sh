#!/usr/bin/env bash
# Smoke test of the run command, on this machine and loopback only, bounded in time (about 2-3 minutes):
# starts the suite with 'scripts/run.sh start --no-build' (the jars must exist: scripts/test.sh runs this
# after './mvnw verify'), then checks
#   - every service, Prometheus and Alertmanager listen on 127.0.0.1 only, on their port-table ports;
#   - the JDK line and the summary's example curl calls (status, quote, order, portfolio), run exactly as printed,
#     and the README's first calls;
#   - 'status' shows all eight UP;
#   - Prometheus loaded every recording and alert rule of deploy/prometheus/rules, its six service targets
#     are up, and it knows the Alertmanager;
#   - demo traffic within 60 s of ready: ticks, signals, orders, fills, a portfolio that changed, alerts;
#   - the live view without a terminal prints lines with those figures;
#   - 'stop' leaves none of its processes and no port listening; 'reset' deletes the portfolio, orders,
#     risk and alert state and keeps the strategy definitions.
# The suite runs in a Redis database leased like test-support leases them (1-15, key tw:test:lease:db:N in
# database 0), so a local run's state in database 0 is never touched. Fails when a port is already taken.
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
cd "$TW_ROOT"

RUN=scripts/run.sh
PORTS="8080 8081 8082 8083 8084 8085 9180 9181 9182 9183 9184 9185 9090 9093"
REDIS=(redis-cli -h "${SPRING_DATA_REDIS_HOST:-127.0.0.1}" -p "${SPRING_DATA_REDIS_PORT:-6379}")
started=$(date +%s)
failures=0

pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # description, command...
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
listening() { ss -Hltn "sport = :$1" | grep -q .; }

if ! command -v jq >/dev/null && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  tw_info "installing jq with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }
fi
command -v jq >/dev/null || tw_die "jq is missing (apt-get install jq)"
command -v redis-cli >/dev/null || tw_die "redis-cli is missing (apt-get install redis-tools)"
for port in $PORTS; do
  listening "$port" && tw_die "port $port is already in use (a running suite? 'scripts/run.sh stop'); the smoke test needs all of: $PORTS"
done

# A Redis database of its own, leased as test-support leases them.
token="run-smoke-$$-$(date +%s)"
db=""
for candidate in $(shuf -i 1-15); do
  if [ "$("${REDIS[@]}" -n 0 SET "tw:test:lease:db:$candidate" "$token" NX EX 600)" = OK ]; then db=$candidate; break; fi
done
[ -n "$db" ] || tw_die "every Redis test database 1-15 is leased; try again later"
"${REDIS[@]}" -n "$db" FLUSHDB >/dev/null
export SPRING_DATA_REDIS_DATABASE=$db

cleanup() {
  bash "$RUN" stop >/dev/null 2>&1 || true
  "${REDIS[@]}" -n "$db" FLUSHDB >/dev/null || true
  "${REDIS[@]}" -n 0 EVAL "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0" \
    1 "tw:test:lease:db:$db" "$token" >/dev/null || true
}
trap cleanup EXIT

echo "run-smoke: starting the suite (Redis database $db)"
out=$(timeout 420 bash "$RUN" start --no-build 2>&1) || { echo "$out"; tw_die "scripts/run.sh start failed"; }
ready_at=$(date +%s)
echo "$out" > var/logs/run-smoke-start.txt
echo "run-smoke: ready in $((ready_at - started)) s"

check "the run prints the JDK it chose" grep -q '^  JDK: /' <<<"$out"
check "the run says each service became ready and how long it took" \
  test "$(grep -cE '^  ready: (market-data-service|strategy-service|order-executor|risk-manager|alert-system|api-gateway|prometheus|alertmanager) \([0-9]+ s\)$' <<<"$out")" = 8

# Loopback only: every listening socket of the processes the run started is on 127.0.0.1, and each port is there.
pids=$(cat var/run/*.pid)
sockets=$(ss -Hltnp | grep -E "pid=($(echo $pids | tr ' ' '|')),")
check "every socket the suite listens on is bound to 127.0.0.1" \
  test -z "$(awk '{print $4}' <<<"$sockets" | grep -vE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):[0-9]+$')"
for port in $PORTS; do
  check "port $port is served on 127.0.0.1" grep -qE "(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):$port " <<<"$sockets"
done

# The three example calls, run exactly as printed.
mapfile -t calls < <(sed -n '/^Try:$/,/^$/p' <<<"$out" | grep '^  curl ')
check "the summary prints four example calls" test "${#calls[@]}" = 4
suite=$(bash -c "${calls[0]}" 2>&1) || true
check "the status call answers UP with five services" \
  test "$(jq -r '.status + " " + (.services | length | tostring)' <<<"$suite" 2>/dev/null)" = "UP 5"
quote=$(bash -c "${calls[1]}" 2>&1) || true
check "the quote call answers a BTCUSDT quote" test "$(jq -r .symbol <<<"$quote" 2>/dev/null)" = BTCUSDT
order=$(bash -c "${calls[2]}" 2>&1) || true
check "the order call places an order ($(jq -r .status <<<"$order" 2>/dev/null))" \
  grep -qE '^(PENDING_RISK|FILLED|APPROVED)$' <<<"$(jq -r .status <<<"$order" 2>/dev/null)"
portfolio=$(bash -c "${calls[3]}" 2>&1) || true
check "the portfolio call answers the portfolio" test "$(jq -r .startingCash <<<"$portfolio" 2>/dev/null)" = 100000

# The README's first calls (its code block after "First calls"), continuation lines joined, run as written.
mapfile -t readme_calls < <(awk '/^\*\*First calls\.\*\*/ {on = 1} on && /^```sh$/ {block = 1; next}
  block && /^```$/ {exit} block {print}' README.md | sed -e ':a' -e '/\\$/N; s/\\\n *//; ta')
check "the README shows five first calls" test "${#readme_calls[@]}" = 5
for call in "${readme_calls[@]}"; do
  answer=$(bash -c "$call" 2>&1) && ok=1 || ok=0
  check "README call works: ${call:0:110}" test "$ok" = 1 -a -n "$answer"
done

status=$(bash "$RUN" status)
check "status shows the six services, Prometheus and Alertmanager UP" test "$(grep -c ' UP$' <<<"$status")" = 8

# Prometheus: every rule loaded, targets up, the Alertmanager known.
expected_rules=$(cat deploy/prometheus/rules/*.yml | grep -cE '^\s*- (alert|record):')
loaded_rules=$(curl -s --max-time 5 http://127.0.0.1:9090/api/v1/rules | jq '[.data.groups[].rules[]] | length')
check "Prometheus loaded all $expected_rules rules of deploy/prometheus/rules (has $loaded_rules)" test "$loaded_rules" = "$expected_rules"
targets_up() {
  curl -s --max-time 5 http://127.0.0.1:9090/api/v1/targets \
    | jq '[.data.activeTargets[] | select(.labels.job == "tradewatch" and .health == "up")] | length'
}
for ((i = 0; i < 40; i++)); do [ "$(targets_up)" = 6 ] && break; sleep 1; done
check "Prometheus scrapes the six services (up: $(targets_up))" test "$(targets_up)" = 6
check "Prometheus sends alerts to the Alertmanager on 127.0.0.1:9093" \
  test "$(curl -s --max-time 5 http://127.0.0.1:9090/api/v1/alertmanagers | jq -r '.data.activeAlertmanagers[0].url')" = "http://127.0.0.1:9093/api/v2/alerts"

# Demo traffic: the default strategies trade by themselves within a minute.
summary() { curl -s --max-time 3 "http://127.0.0.1:$1/actuator/tradingsummary"; }
counter() { jq "[.counters[] | select(.name == \"$2\") | .value] | add // 0 | floor" <<<"$1"; }
key=$(cat var/admin-key)
for ((i = 0; i < 60; i++)); do
  ticks=$(counter "$(summary 9181)" trading.ticks.received)
  signals=$(counter "$(summary 9182)" trading.signals.generated)
  executor=$(summary 9183)
  placed=$(counter "$executor" trading.orders.placed)
  filled=$(counter "$executor" trading.orders.filled)
  fills=$(curl -s --max-time 3 -H "X-API-Key: $key" http://127.0.0.1:8080/api/portfolio | jq -r .fillsApplied)
  alerts=$(counter "$(summary 9185)" trading.alerts.triggered)
  [ "$ticks" -gt 0 ] && [ "$signals" -gt 0 ] && [ "$placed" -gt 1 ] && [ "$filled" -gt 1 ] && [ "$fills" -gt 1 ] \
    && [ "$alerts" -gt 0 ] && break
  sleep 1
done
traffic_after=$(( $(date +%s) - ready_at ))
check "ticks flow ($ticks received)" test "$ticks" -gt 0
check "the default strategies signal ($signals signals)" test "$signals" -gt 0
check "their orders are placed and filled beyond the example order ($placed placed, $filled filled, within $traffic_after s of ready)" \
  test "$placed" -gt 1 -a "$filled" -gt 1
portfolio=$(curl -s --max-time 3 -H "X-API-Key: $key" http://127.0.0.1:8080/api/portfolio)
check "the portfolio changed ($(jq -c '{fillsApplied, realizedPnl, unrealizedPnl, equity}' <<<"$portfolio"))" \
  test "$(jq -r '.fillsApplied > 1 and (.cash != .startingCash) and (.realizedPnl != "0" or .unrealizedPnl != "0")' <<<"$portfolio")" = true

check "alert-system raised alerts ($alerts, within $traffic_after s of ready)" test "$alerts" -gt 0
check "the gateway lists them" \
  test "$(curl -s --max-time 3 -H "X-API-Key: $key" 'http://127.0.0.1:8080/api/alerts?limit=5' | jq 'length')" -gt 0

# The live view without a terminal: plain lines with the real figures.
view=$(timeout 30 bash "$RUN" view --count 2 --interval 1 </dev/null)
echo "$view" | sed 's/^/     /'
check "the live view prints two plain lines" test "$(grep -c ' suite=UP ready=6/6 BTCUSDT=[0-9.]* ticks/s=[0-9.]* signals=[1-9]' <<<"$view")" = 2
check "the live view shows the orders and P&L" grep -qE 'placed=[1-9][0-9]* filled=[1-9][0-9]* .* realized=-?[0-9.]+ unrealized=-?[0-9.]+ value=[0-9.]+' <<<"$view"

# Stop: nothing of its own left.
bash "$RUN" stop 2>/dev/null
left=""
for pid in $pids; do kill -0 "$pid" 2>/dev/null && left="$left $pid"; done
check "stop leaves none of the processes it started${left:+ (left:$left)}" test -z "$left"
open=""
for port in $PORTS; do listening "$port" && open="$open $port"; done
check "stop leaves no port listening${open:+ (still:$open)}" test -z "$open"

# Reset: the suite's state goes, the configuration stays.
redis_count() { "${REDIS[@]}" -n "$db" --scan --pattern "$1" | wc -l; }
check "before reset the run left orders, a portfolio and risk state" \
  test "$(redis_count 'orders:*')" -gt 0 -a "$(redis_count 'portfolio:*')" -gt 0 -a "$(redis_count 'risk:*')" -gt 0
bash "$RUN" reset || fail "reset exited with an error"
check "reset deleted orders, portfolio, risk and alert state" \
  test "$(( $(redis_count 'orders:*') + $(redis_count 'portfolio:*') + $(redis_count 'risk:*') + $(redis_count 'alerts:history') ))" = 0
check "reset kept the strategy definitions" test "$(redis_count 'strategy:def:*')" -gt 0

echo "run-smoke: $failures failed, $(( $(date +%s) - started )) s"
[ "$failures" = 0 ]
