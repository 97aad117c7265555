#!/usr/bin/env bash
# Gateway overhead: the same Open Inference Protocol request (XGBoost, 4 features: a trivial model) sent
# through POST /api/v1/tenants/acme/deployments/churn-bench/infer and straight to the runner replica
# behind it, same load, same run. Needs a running control plane with the demo (bin/modelplane up) and
# wrk. Creates the deployment churn-bench (acme/churn v1, one local replica) if it is missing.
#   bench/http/gateway.sh [duration=20s] [connections=16] [threads=2]
set -euo pipefail
duration=${1:-20s}; conns=${2:-16}; threads=${3:-2}
here="$(cd "$(dirname "$0")" && pwd)"
api=${MODELPLANE_URL:-http://127.0.0.1:8080}
kc=${MODELPLANE_KEYCLOAK_URL:-http://127.0.0.1:8180}
data=${MODELPLANE_DATA_DIR:-$HOME/.modelplane}
dep=churn-bench
token=$(curl -sf -d grant_type=password -d client_id=modelplane-cli -d username=bob -d password=bob \
  "$kc/realms/modelplane/protocol/openid-connect/token" | jq -r .access_token)
auth="Authorization: Bearer $token"
body=$(mktemp); trap 'rm -f "$body"' EXIT
echo '{"inputs":[{"name":"input","shape":[1,4],"datatype":"FP32","data":[12,1,20.5,3]}]}' >"$body"

if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$api/api/v1/tenants/acme/deployments/$dep")" = 404 ]; then
  curl -sf -H "$auth" -H 'Content-Type: application/json' -d "{\"name\":\"$dep\",\"environment\":\"dev\",\"backend\":\"local\",\"model\":\"churn\",\"version\":1,\"reason\":\"gateway benchmark\"}" \
    "$api/api/v1/tenants/acme/deployments" >/dev/null
fi
for _ in $(seq 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -H 'Content-Type: application/json' --data-binary "@$body" \
    "$api/api/v1/tenants/acme/deployments/$dep/infer")" = 200 ] && break
  sleep 1
done
# the replica's own address, from its newest log ("Listening on: http://127.0.0.1:PORT")
log=$(ls -t "$data"/runners/logs/acme/$dep/*.log | head -n1)
direct=$(grep -o 'Listening on: http://127.0.0.1:[0-9]*' "$log" | tail -n1 | sed 's/Listening on: //')
[ -n "$direct" ] || { echo "cannot find the runner's address in $data/runners/logs/acme/$dep" >&2; exit 1; }

run() { # name url [header]
  local args=(-t"$threads" -c"$conns" -d"$duration" -s "$here/../runner/post.lua")
  [ -n "${3:-}" ] && args+=(-H "$3")
  BODY_FILE="$body" wrk "${args[@]}" "$2" | awk -v n="$1" '/^RESULT/ {print n, $0}'
}
# warm up both paths (JIT, pools, JWKS)
BODY_FILE="$body" wrk -t2 -c16 -d10s -s "$here/../runner/post.lua" "$direct/v2/models/churn/infer" >/dev/null
BODY_FILE="$body" wrk -t2 -c16 -d10s -s "$here/../runner/post.lua" -H "$auth" "$api/api/v1/tenants/acme/deployments/$dep/infer" >/dev/null

d=$(run direct "$direct/v2/models/churn/infer")
g=$(run gateway "$api/api/v1/tenants/acme/deployments/$dep/infer" "$auth")
echo "$d"; echo "$g"
val() { echo "$1" | sed -E "s#.*$2=([0-9.]+).*#\1#"; }
awk -v dr="$(val "$d" 'requests/s')" -v gr="$(val "$g" 'requests/s')" \
    -v d50="$(val "$d" p50)" -v g50="$(val "$g" p50)" -v d99="$(val "$d" p99)" -v g99="$(val "$g" p99)" \
  'BEGIN {printf "throughput gateway/direct = %.2f; p50 added = %.3f ms; p99 added = %.3f ms\n", gr/dr, g50-d50, g99-d99}'
