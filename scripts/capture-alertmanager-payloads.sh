#!/usr/bin/env bash
# Captures real Alertmanager webhook (version 4) notifications, firing then resolved, as the fixtures of
# alert-system's receiver tests: a real Prometheus evaluates an alert that fires for a bounded time, sends it to
# a real Alertmanager configured from deploy/alertmanager/alertmanager-local.yml (only the receiver URL and
# the group timings changed), and Alertmanager posts its notifications to a local capture server, whose bodies
# are kept byte for byte.
#   scripts/capture-alertmanager-payloads.sh [output-dir]   (default: alert-system/src/test/resources/alertmanager)
# Needs prometheus and prometheus-alertmanager (Debian packages of those names; deploy/scripts/install-validation-tools.sh
# installs them) and a JDK 21+. Listens on 127.0.0.1 only; every process it starts is stopped by PID on exit.
set -euo pipefail
TW_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$TW_ROOT/scripts/lib.sh"
tw_select_jdk

OUT="${1:-$TW_ROOT/alert-system/src/test/resources/alertmanager}"
FIRES_FOR=20   # seconds the alert fires before its condition clears
TIMEOUT=120    # seconds to wait for both notifications

command -v prometheus >/dev/null || tw_die "prometheus not found: run deploy/scripts/install-validation-tools.sh (or apt-get install prometheus)"
command -v prometheus-alertmanager >/dev/null || tw_die "prometheus-alertmanager not found: run deploy/scripts/install-validation-tools.sh (or apt-get install prometheus-alertmanager)"

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { # a port on 127.0.0.1 that nothing answers on
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}
wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || tw_die "$1 did not answer within $2 s (logs in $WORK)"
    sleep 0.5
  done
}

tw_info "capture server"
"$JAVA_HOME/bin/java" "$TW_ROOT/scripts/tools/CaptureWebhook.java" "$WORK/captured" "$WORK/capture.port" > "$WORK/capture.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do [ -s "$WORK/capture.port" ] && break; sleep 0.5; done
[ -s "$WORK/capture.port" ] || tw_die "the capture server did not start: $(cat "$WORK/capture.log")"
CAPTURE_PORT="$(cat "$WORK/capture.port")"
AM_PORT="$(free_port)"
PROM_PORT="$(free_port)"
[ -n "$AM_PORT" ] && [ -n "$PROM_PORT" ] || tw_die "could not find free ports"

tw_info "Alertmanager $(prometheus-alertmanager --version 2>&1 | head -1 | awk '{print $3}') on 127.0.0.1:$AM_PORT, from deploy/alertmanager/alertmanager-local.yml"
sed -e "s#http://127.0.0.1:8085/api/alerts/alertmanager#http://127.0.0.1:$CAPTURE_PORT/api/alerts/alertmanager#" \
    -e 's/group_wait: [0-9a-z]*/group_wait: 1s/' -e 's/group_interval: [0-9a-z]*/group_interval: 1s/' \
    "$TW_ROOT/deploy/alertmanager/alertmanager-local.yml" > "$WORK/alertmanager.yml"
grep -q "127.0.0.1:$CAPTURE_PORT" "$WORK/alertmanager.yml" || tw_die "the receiver URL in alertmanager-local.yml changed: update this script"
prometheus-alertmanager --config.file="$WORK/alertmanager.yml" --storage.path="$WORK/am-data" \
  --web.listen-address="127.0.0.1:$AM_PORT" --web.external-url="http://127.0.0.1:$AM_PORT" \
  --cluster.listen-address= --log.level=warn > "$WORK/alertmanager.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$AM_PORT/-/ready" 30

# HighOrderRejectRate as deploy/prometheus/rules/alerts.yml defines it (labels, annotations), with an expression
# that holds two series (two order-executor replicas) for FIRES_FOR seconds and then clears.
ENDS=$(( $(date +%s) + FIRES_FOR + 5 ))
cat > "$WORK/rules.yml" <<EOF
groups:
  - name: capture
    interval: 1s
    rules:
      - alert: HighOrderRejectRate
        expr: |
          (
              label_replace(label_replace(vector(0.31), "instance", "10.42.1.17:8080", "", ""), "pod", "order-executor-6d8f9c7b5-x2mkp", "", "")
            or
              label_replace(label_replace(vector(0.27), "instance", "10.42.2.9:8080", "", ""), "pod", "order-executor-6d8f9c7b5-q8w7n", "", "")
          ) and on() (vector(time()) < $ENDS)
        labels:
          service: order-executor
          namespace: tradewatch
          severity: warning
        annotations:
          summary: "{{ \$value | humanizePercentage }} of orders are rejected"
          description: "More than a quarter of the orders placed in the last 5 minutes were rejected by risk checks or for stale quotes, for 5 minutes."
          runbook_url: docs/runbooks.md#highorderrejectrate
EOF
cat > "$WORK/prometheus.yml" <<EOF
global:
  evaluation_interval: 1s
rule_files: [rules.yml]
alerting:
  alertmanagers:
    - static_configs:
        - targets: ["127.0.0.1:$AM_PORT"]
EOF
promtool check config "$WORK/prometheus.yml" >/dev/null
tw_info "Prometheus $(prometheus --version 2>&1 | head -1 | awk '{print $3}') on 127.0.0.1:$PROM_PORT: the alert fires for about $FIRES_FOR s, then clears"
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/prom-data" \
  --web.listen-address="127.0.0.1:$PROM_PORT" --web.external-url="http://127.0.0.1:$PROM_PORT" \
  --rules.alert.resend-delay=1s --log.level=warn > "$WORK/prometheus.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PROM_PORT/-/ready" 30

status_of() { grep -o '"status":"[a-z]*"' "$1" | head -1 | cut -d'"' -f4; }
firing="" resolved=""
deadline=$((SECONDS + TIMEOUT))
while [ -z "$resolved" ]; do
  [ $SECONDS -lt $deadline ] || tw_die "no resolved notification within $TIMEOUT s (firing: ${firing:-none}); logs: $(tail -5 "$WORK"/*.log)"
  for file in "$WORK"/captured/notification-*.json; do
    [ -e "$file" ] || continue
    case "$(status_of "$file")" in
      firing) [ -n "$firing" ] || { firing="$file"; tw_info "firing notification captured ($(grep -o '"fingerprint"' "$file" | wc -l) alerts)"; } ;;
      resolved) [ -z "$firing" ] || resolved="$file" ;;
    esac
  done
  [ -n "$resolved" ] || { sleep 1; printf '.' >&2; }
done
echo >&2
tw_info "resolved notification captured"
mkdir -p "$OUT"
cp "$firing" "$OUT/firing.json"
cp "$resolved" "$OUT/resolved.json"
tw_info "wrote $OUT/firing.json and $OUT/resolved.json"
