#!/usr/bin/env bash
# Registry throughput with 8 concurrent clients vs plain JDBC with 8 threads on the same PostgreSQL.
#   version registrations/s (metadata + small XGBoost artifact, through auth, inspection, encryption)
#     vs JDBC inserts of a version-shaped row; version reads/s vs JDBC primary-key selects.
# Needs bin/modelplane up (demo data seeded), wrk, curl, jq. Targets 127.0.0.1 only.
#   bench/http/registry.sh [seconds=20] [clients=8]
set -euo pipefail
secs=${1:-20}; clients=${2:-8}
root="$(cd "$(dirname "$0")/../.." && pwd)"
api=${MODELPLANE_URL:-http://127.0.0.1:8080}/api/v1/tenants/acme
kc=${MODELPLANE_KEYCLOAK_URL:-http://127.0.0.1:8180}
jdbc=${MODELPLANE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/modelplane}
artifact=${ARTIFACT:-$HOME/.modelplane/demo/churn/churn.json}
token=$(curl -sf -d grant_type=client_credentials -d client_id=acme-ci -d client_secret=acme-ci-secret \
  "$kc/realms/modelplane/protocol/openid-connect/token" | jq -r .access_token)
model="bench-$(date +%s)"
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"name\":\"$model\",\"task\":\"classification\"}" "$api/models" >/dev/null

boundary="modelplane-bench"
body=$(mktemp)
{ printf -- "--%s\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n" "$boundary"
  printf '{"engine":"xgboost","metrics":{"auc":0.91}}\r\n'
  printf -- "--%s\r\nContent-Disposition: form-data; name=\"artifact\"; filename=\"model.json\"\r\nContent-Type: application/octet-stream\r\n\r\n" "$boundary"
  cat "$artifact"; printf '\r\n--%s--\r\n' "$boundary"; } > "$body"

rps() { awk '/Requests\/sec/ {print $2}'; }
export BODY_FILE="$body" BOUNDARY="$boundary" TOKEN="$token"
wrk -t2 -c"$clients" -d5s -s "$root/bench/http/multipart.lua" "$api/models/$model/versions" >/dev/null   # warm-up
reg=$(wrk -t2 -c"$clients" -d"${secs}s" -s "$root/bench/http/multipart.lua" "$api/models/$model/versions" | tee /dev/stderr | rps)
wrk -t2 -c"$clients" -d5s -H "Authorization: Bearer $token" "$api/models/$model/versions/1" >/dev/null
read=$(wrk -t2 -c"$clients" -d"${secs}s" -H "Authorization: Bearer $token" "$api/models/$model/versions/1" | tee /dev/stderr | rps)

pgjar=$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort | tail -1)
jdk="$("$root/bin/find-jdk")"
base=$("$jdk/bin/java" -cp "$pgjar" "$root/bench/jdbc/JdbcBaseline.java" "$jdbc" modelplane modelplane "$clients" "$secs")
echo "$base"
ins=$(echo "$base" | sed -E 's/.*inserts\/s=([0-9.]+).*/\1/')
sel=$(echo "$base" | sed -E 's/.*selects\/s=([0-9.]+).*/\1/')
echo "registrations/s=$reg jdbc-inserts/s=$ins ratio=$(awk -v a="$reg" -v b="$ins" 'BEGIN {printf "%.2f", a/b}')"
echo "version-reads/s=$read jdbc-selects/s=$sel ratio=$(awk -v a="$read" -v b="$sel" 'BEGIN {printf "%.2f", a/b}')"
rm -f "$body"
