#!/usr/bin/env bash
# Makes sure RabbitMQ (127.0.0.1:5672, management API on 15672) and Redis (127.0.0.1:6379) answer:
# installs them with apt-get when absent (as root), starts them when stopped, and waits until they answer.
# Hosts and ports follow SPRING_RABBITMQ_HOST/PORT and SPRING_DATA_REDIS_HOST/PORT; remote servers are
# only checked, never installed or started.
#   --amqp-only   (scripts/run.sh) do not enable RabbitMQ plugins; only say when the management API is off
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"

rabbit_host="${SPRING_RABBITMQ_HOST:-127.0.0.1}"; rabbit_port="${SPRING_RABBITMQ_PORT:-5672}"
redis_host="${SPRING_DATA_REDIS_HOST:-127.0.0.1}"; redis_port="${SPRING_DATA_REDIS_PORT:-6379}"

answers() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
is_local() { case "$1" in 127.*|localhost|::1) return 0 ;; *) return 1 ;; esac; }

wait_for() { # name host port seconds
  local i
  for ((i = 0; i < $4; i++)); do answers "$2" "$3" && return 0; sleep 1; done
  tw_die "$1 did not answer on $2:$3 within $4 s; look at its log (/var/log/rabbitmq or /var/log/redis) and start it by hand"
}

apt_install() {
  [ "$(id -u)" -eq 0 ] || tw_die "$1 is not installed and this is not root: install it with 'sudo apt-get install -y $*'"
  tw_info "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! answers "$redis_host" "$redis_port"; then
  is_local "$redis_host" || tw_die "Redis does not answer at $redis_host:$redis_port"
  command -v redis-server >/dev/null || apt_install redis-server
  tw_info "starting Redis on 127.0.0.1:$redis_port"
  mkdir -p /var/lib/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no \
    --dir "$( [ -w /var/lib/redis ] && echo /var/lib/redis || echo /tmp )" >/dev/null
  wait_for Redis "$redis_host" "$redis_port" 30
fi

if ! answers "$rabbit_host" "$rabbit_port"; then
  is_local "$rabbit_host" || tw_die "RabbitMQ does not answer at $rabbit_host:$rabbit_port"
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  tw_info "starting RabbitMQ on 127.0.0.1:$rabbit_port"
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$rabbit_port" rabbitmq-server -detached
  wait_for RabbitMQ "$rabbit_host" "$rabbit_port" 90
fi

if [ "${1:-}" = --amqp-only ]; then
  answers "$rabbit_host" 15692 || tw_info "RabbitMQ's prometheus plugin is off: Prometheus shows its 'rabbitmq' target down ('rabbitmq-plugins enable rabbitmq_management rabbitmq_prometheus' turns it on)"
  tw_info "RabbitMQ $rabbit_host:$rabbit_port and Redis $redis_host:$redis_port answer"
  exit 0
fi

# The tests give every context its own virtual host through the management API, and deploy/ scrapes the
# broker's own metrics: both plugins must be on.
if is_local "$rabbit_host" && command -v rabbitmq-plugins >/dev/null; then
  if ! answers "$rabbit_host" 15672; then
    tw_info "enabling RabbitMQ's management and prometheus plugins"
    rabbitmq-plugins enable rabbitmq_management rabbitmq_prometheus >/dev/null
    wait_for "RabbitMQ management API" "$rabbit_host" 15672 60
  fi
fi
answers "$rabbit_host" 15672 || tw_die "RabbitMQ's management API does not answer on $rabbit_host:15672; enable it with 'rabbitmq-plugins enable rabbitmq_management'"
tw_info "RabbitMQ $rabbit_host:$rabbit_port and Redis $redis_host:$redis_port answer"
