#!/usr/bin/env bash
# Creates the Secrets the manifests reference, with random values, in namespace tradewatch (and the
# namespace itself when missing). Existing Secrets are kept, so running it again changes nothing.
#   deploy/scripts/create-secrets.sh            dev: RabbitMQ and Redis passwords, gateway admin key
#   RABBITMQ_USERNAME=... RABBITMQ_PASSWORD=... REDIS_PASSWORD=... deploy/scripts/create-secrets.sh
#                                               prod: the credentials of your brokers
# Secrets: tradewatch-rabbitmq (username, password), tradewatch-redis (password),
#          tradewatch-gateway (bootstrap-admin-key), tradewatch-alert-system (webhook-secret).
# Print the admin key with:
#   kubectl -n tradewatch get secret tradewatch-gateway -o jsonpath='{.data.bootstrap-admin-key}' | base64 -d
set -euo pipefail
namespace="${NAMESPACE:-tradewatch}"
command -v kubectl >/dev/null 2>&1 || { echo "error: kubectl is not installed" >&2; exit 1; }
random() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"

create() {
  local name="$1"; shift
  if kubectl -n "$namespace" get secret "$name" >/dev/null 2>&1; then
    echo "secret $name exists: kept"
  else
    kubectl -n "$namespace" create secret generic "$name" "$@" >/dev/null
    echo "secret $name created"
  fi
}

create tradewatch-rabbitmq --from-literal=username="${RABBITMQ_USERNAME:-tradewatch}" \
  --from-literal=password="${RABBITMQ_PASSWORD:-$(random)}"
create tradewatch-redis --from-literal=password="${REDIS_PASSWORD:-$(random)}"
create tradewatch-gateway --from-literal=bootstrap-admin-key="${TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY:-$(random)}"
create tradewatch-alert-system --from-literal=webhook-secret="${TRADEWATCH_ALERTS_WEBHOOK_SECRET:-$(random)}"
