#!/usr/bin/env bash
# Builds the six service images in one command (jars with Maven, then one docker build per service):
#   deploy/build-images.sh [TAG]            TAG defaults to 0.1.0; images are named tradewatch/<module>:TAG
#   IMAGE_PREFIX=registry.example.com/tradewatch deploy/build-images.sh 0.1.0
# Then, for example: kind load docker-image tradewatch/api-gateway:0.1.0 (see deploy/README.md).
set -euo pipefail
TW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$TW_ROOT/scripts/lib.sh"
MODULES=(api-gateway market-data-service strategy-service order-executor risk-manager alert-system)
tag="${1:-0.1.0}"
prefix="${IMAGE_PREFIX:-tradewatch}"
command -v docker >/dev/null 2>&1 || tw_die "docker is not installed: the images need a Docker (or compatible) daemon"
tw_select_jdk
cd "$TW_ROOT"
tw_info "building the jars of ${MODULES[*]}"
tw_mvn -q package -DskipTests -pl "$(IFS=,; echo "${MODULES[*]}")" -am
for module in "${MODULES[@]}"; do
  tw_info "docker build $prefix/$module:$tag"
  docker build --tag "$prefix/$module:$tag" "$TW_ROOT/$module"
done
tw_info "built: $(printf "$prefix/%s:$tag " "${MODULES[@]}")"
