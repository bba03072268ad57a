#!/usr/bin/env bash
# Installs the tools the deploy module's tests use, and only those that are missing (safe to run again):
#   Debian packages  prometheus (promtool and a real server), prometheus-alertmanager (amtool and a real
#                    server), docker-compose (validates compose.yaml against the Compose schema)
#   npm packages     deploy/tools (kubernetes-models, its Prometheus Operator models, typescript, yaml),
#                    exactly as pinned in deploy/tools/package-lock.json
# kubectl (for 'kubectl kustomize', 1.21 or newer) and node/npm must already be installed; the script
# says so when they are not. Usage: deploy/scripts/install-validation-tools.sh   (as root, or with sudo)
set -euo pipefail
DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

die() { echo "install-validation-tools: error: $*" >&2; exit 1; }
info() { echo "install-validation-tools: $*" >&2; }

missing=()
command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v amtool >/dev/null 2>&1 && command -v prometheus-alertmanager >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them with"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  info "installing ${missing[*]} (Debian packages)"
  $sudo apt-get update -qq
  # The packages' services are not started (no init system in CI); the tests start their own processes.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  info "Debian packages present: prometheus, prometheus-alertmanager, docker-compose, node"
fi

command -v kubectl >/dev/null 2>&1 || die "kubectl is missing: install kubectl 1.21 or newer (its built-in kustomize renders deploy/k8s)"
kubectl kustomize "$DEPLOY/k8s/overlays/dev" >/dev/null \
  || die "'kubectl kustomize deploy/k8s/overlays/dev' failed: kubectl 1.21 or newer is needed (kustomize components)"

tools="$DEPLOY/tools"
stamp="$tools/node_modules/.installed-from-package-lock.json"
if [ -f "$stamp" ] && cmp -s "$tools/package-lock.json" "$stamp"; then
  info "npm packages of deploy/tools present"
else
  info "installing the npm packages of deploy/tools (npm ci)"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$tools/package-lock.json" "$stamp"
fi
info "ready: $(promtool --version 2>&1 | head -1); $(amtool --version 2>&1 | head -1); node $(node --version)"
