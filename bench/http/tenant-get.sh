#!/usr/bin/env bash
# Cost of authentication + tenancy: authenticated, tenant-scoped GET vs /q/health, same run, same server.
# Needs a running control plane and Keycloak (bin/modelplane up) and wrk. Targets 127.0.0.1 only.
#   bench/http/tenant-get.sh [duration=20s] [connections=16] [threads=2]
set -euo pipefail
duration=${1:-20s}; conns=${2:-16}; threads=${3:-2}
api=${MODELPLANE_URL:-http://127.0.0.1:8080}
kc=${MODELPLANE_KEYCLOAK_URL:-http://127.0.0.1:8180}
token=$(curl -sf -d grant_type=password -d client_id=modelplane-cli -d username=alice -d password=alice \
  "$kc/realms/modelplane/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

run() { # name url [header]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t"$threads" -c"$conns" -d"$duration" --latency -H "$3" "$2")
  else
    out=$(wrk -t"$threads" -c"$conns" -d"$duration" --latency "$2")
  fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "$1 rps=$rps p50=$p50 p99=$p99 non2xx=${non2xx:-0}" >&2
  echo "$rps"
}

# warm up both paths (JIT, pools, JWKS)
wrk -t2 -c16 -d15s "$api/q/health" >/dev/null
wrk -t2 -c16 -d15s -H "Authorization: Bearer $token" "$api/api/v1/tenants/acme" >/dev/null

health=$(run "GET /q/health" "$api/q/health")
tenant=$(run "GET /api/v1/tenants/acme (bearer)" "$api/api/v1/tenants/acme" "Authorization: Bearer $token")
echo "ratio tenant-scoped/health = $(awk -v a="$tenant" -v b="$health" 'BEGIN {printf "%.2f", a/b}')"
