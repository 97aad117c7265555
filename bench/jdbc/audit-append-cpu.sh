#!/usr/bin/env bash
# Database CPU of one audit_append call by batch size, against a plain durable one-row INSERT in the
# same run: pgbench (one client, 10 s) calls audit_append with 1 and 8 events (no precomputed hash,
# so the database's own canonical form is included) while the CPU ticks of the postgres processes
# are read from /proc. Needs bin/modelplane up (embedded PostgreSQL on 127.0.0.1:5432), pgbench.
# Adds a tenant 'bench-audit' and audit events to it.
#   bench/jdbc/audit-append-cpu.sh
set -euo pipefail
export PGPASSWORD=${PGPASSWORD:-postgres}
pg="-h 127.0.0.1 -p ${PGPORT:-5432} -U postgres"
bin=$(dirname "$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)")
work=$(mktemp -d)
"$bin/psql" $pg -d modelplane -qc "INSERT INTO tenant (slug, display_name, gpu_quota, created_at, created_by)
  VALUES ('bench-audit', 'bench-audit', 0, now(), 'bench') ON CONFLICT DO NOTHING"
"$bin/psql" $pg -d modelplane -qc "CREATE TABLE IF NOT EXISTS bench_plain_row (id bigserial PRIMARY KEY, v text)"
python3 - "$work" <<'PY'
import json, sys
ev = {"tenant": "bench-audit", "occurred_at": "2026-11-24T00:00:00.123456Z", "actor_subject": "sub-1",
      "actor_name": "bob", "client_id": "modelplane-ui", "roles": "ml-engineer", "action": "model.update",
      "resource_type": "model", "resource_id": "churn", "outcome": "success", "status": 200,
      "request_id": "req", "source_address": "127.0.0.1", "details": {"tags": {"team": "risk"}}}
for n in (1, 8):
    open(f"{sys.argv[1]}/append{n}.sql", "w").write(
        "SELECT count(*) FROM audit_append('%s'::jsonb);\n" % json.dumps([ev] * n))
open(f"{sys.argv[1]}/plain.sql", "w").write(
    "SET synchronous_commit = on;\nINSERT INTO bench_plain_row (v) VALUES ('x');\n")
PY
ticks() { local t=0 v; for p in $(pgrep -x postgres); do v=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0); t=$((t+v)); done; echo $t; }
measure() {  # file events-per-transaction label
  "$bin/pgbench" $pg -n -f "$1" -T 10 -c 1 -P 1 modelplane > "$work/out" 2>&1 &
  sleep 2; local t0 s0 t1 s1; t0=$(ticks); s0=$(date +%s.%N); sleep 7; t1=$(ticks); s1=$(date +%s.%N); wait
  python3 - "$work/out" "$t0" "$t1" "$s0" "$s1" "$2" "$3" <<'PY'
import sys
out, t0, t1, s0, s1, n, label = sys.argv[1], *map(float, sys.argv[2:7]), sys.argv[7]
tps = [float(l.split()[3]) for l in open(out) if l.startswith("progress")][2:9]
tx = sum(tps) / len(tps) * (s1 - s0)
cpu = (t1 - t0) * 10_000  # clock ticks (USER_HZ 100) to µs
print(f"RESULT {label}: {sum(tps)/len(tps):,.0f} tx/s, PostgreSQL CPU {cpu/tx:,.0f} µs per transaction, {cpu/tx/n:,.0f} µs per event")
PY
}
measure "$work/plain.sql" 1 "plain durable one-row INSERT (the comparison)"
measure "$work/append1.sql" 1 "audit_append, 1 event"
measure "$work/append8.sql" 8 "audit_append, 8 events"
rm -rf "$work"
