#!/usr/bin/env bash
# Rollback latency: from the POST …/rollback call until every answer comes from the old version, vs the
# time a new version takes to serve after a PATCH (cold replicas), same run. Needs a running control
# plane with the demo (bin/modelplane up), jq. Uses the deployment churn-bench (see gateway.sh) and
# registers acme/churn v2 (the v1 artifact again) if missing.
#   bench/http/rollback.sh [rounds=5]
set -euo pipefail
rounds=${1:-5}
api=${MODELPLANE_URL:-http://127.0.0.1:8080}
kc=${MODELPLANE_KEYCLOAK_URL:-http://127.0.0.1:8180}
dep=churn-bench
token=$(curl -sf -d grant_type=password -d client_id=modelplane-cli -d username=bob -d password=bob \
  "$kc/realms/modelplane/protocol/openid-connect/token" | jq -r .access_token)
auth="Authorization: Bearer $token"
base="$api/api/v1/tenants/acme"
body='{"inputs":[{"name":"input","shape":[1,4],"datatype":"FP32","data":[12,1,20.5,3]}]}'
now() { date +%s%N; }
serving() { curl -s -H "$auth" -H 'Content-Type: application/json' -d "$body" "$base/deployments/$dep/infer" | jq -r '.model_version // empty'; }
# Traffic moves atomically (all weights change in one routing update), so the first answer from the
# expected version marks the switch; 20 more in a row confirm nothing still goes elsewhere.
wait_for() { # version (gives up after 3,000 tries)
  for _ in $(seq 3000); do [ "$(serving)" = "$1" ] && return 0; done
  echo "version $1 never answered" >&2; exit 1
}
confirm() { # version
  for _ in $(seq 20); do [ "$(serving)" = "$1" ] || { echo "an answer came from another version" >&2; exit 1; }; done
}

if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/models/churn/versions/2")" = 404 ]; then
  art=$(mktemp --suffix=.json)
  curl -sf -H "$auth" "$base/models/churn/versions/1/artifact" -o "$art"
  curl -sf -H "$auth" -F 'metadata={"engine":"xgboost","description":"benchmark copy"};type=application/json' \
    -F "artifact=@$art" "$base/models/churn/versions" >/dev/null
  rm -f "$art"
fi
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$base/deployments/$dep")" = 404 ]; then
  curl -sf -H "$auth" -H 'Content-Type: application/json' -d "{\"name\":\"$dep\",\"environment\":\"dev\",\"backend\":\"local\",\"model\":\"churn\",\"version\":1,\"reason\":\"benchmark\"}" \
    "$base/deployments" >/dev/null
fi
patch() { curl -sf -X PATCH -H "$auth" -H 'Content-Type: application/json' -d "$1" "$base/deployments/$dep" >/dev/null; }
patch '{"version":1,"reason":"benchmark start"}'; wait_for 1

for i in $(seq "$rounds"); do
  # a fresh runner set each round: a new env value makes the v2 spec new, so its replicas start cold
  start=$(now); patch "{\"version\":2,\"env\":{\"BENCH_ROUND\":\"$i-$(now)\"},\"reason\":\"round $i\"}"
  wait_for 2; cold=$(( ($(now) - start) / 1000000 )); confirm 2
  start=$(now)
  curl -sf -H "$auth" -H 'Content-Type: application/json' -d '{"reason":"benchmark rollback"}' \
    "$base/deployments/$dep/rollback" >/dev/null
  wait_for 1; back=$(( ($(now) - start) / 1000000 )); confirm 1
  echo "round $i: new version serving after ${cold} ms (cold); rollback serving the old one after ${back} ms"
done
