#!/usr/bin/env bash
# Control-plane start time and idle RSS (java -jar; PostgreSQL and Keycloak already up, e.g. from
# bin/modelplane up with MODELPLANE_HTTP_PORT moved aside). Starts the packaged app N times on a spare port.
#   bench/http/startup.sh [runs=5] [port=18080]
set -euo pipefail
runs=${1:-5}; port=${2:-18080}
root="$(cd "$(dirname "$0")/../.." && pwd)"
jdk="$("$root/bin/find-jdk")"
jar="$root/control-plane/target/quarkus-app/quarkus-run.jar"
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$port "$jdk/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" >/tmp/mp-startup.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "app exited; see /tmp/mp-startup.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  reported=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' /tmp/mp-startup.log)
  sleep 10 # let start-up garbage settle before reading the idle footprint
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  echo "run $i: ready after ${ready_ms} ms (Quarkus reports ${reported}s), idle RSS $((rss_kb / 1024)) MiB"
  kill $pid; wait $pid 2>/dev/null || true
done
