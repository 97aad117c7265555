#!/usr/bin/env bash
# What one durable commit's disk flush costs on this machine: N appends of 8 KiB (a WAL page), each
# followed by fdatasync, in the directory given (default: $MODELPLANE_DATA_DIR or ~/.modelplane, where
# the embedded PostgreSQL keeps its WAL).
#   bench/disk/fdatasync.sh [dir] [n=300]
set -euo pipefail
dir=${1:-${MODELPLANE_DATA_DIR:-$HOME/.modelplane}}; n=${2:-300}
mkdir -p "$dir"
python3 - "$dir/.fdatasync-bench" "$n" <<'PY'
import os, sys, time
path, n = sys.argv[1], int(sys.argv[2])
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
try:
    page = b"x" * 8192
    start = time.perf_counter()
    for _ in range(n):
        os.write(fd, page)
        os.fdatasync(fd)
    took = time.perf_counter() - start
finally:
    os.close(fd)
    os.remove(path)
print(f"RESULT fdatasync of 8 KiB: {took / n * 1000:.3f} ms each ({n} appends in {took:.2f} s)")
PY
