#!/usr/bin/env bash
# Benchmark: wrk on GET organisation by id beside wrk on /healthz, same release binary, same run.
# The ratio (by-id requests/s over healthz requests/s) shows what a database round trip costs
# compared with the HTTP work around it. Writes the figures to stdout; docs/performance.md records them.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-18081}"

"$ROOT/deploy/local/install-deps.sh" --bench >/dev/null
"$ROOT/deploy/local/postgres.sh" start >/dev/null
export_env_file

info "building contacts-service (release)"
swift build -c release --product contacts-service --scratch-path .build-release >/dev/null
BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/contacts-service"

# Rate limiting off: the benchmark's single token would otherwise be answered with 429s.
env HOST=127.0.0.1 PORT="$PORT" DB_USER=contacts_service DB_PASSWORD="$CONTACTS_DB_PASSWORD" RATE_LIMIT_RPS=0 \
    DB_POOL_SIZE="${BENCH_POOL_SIZE:-8}" LOG_LEVEL=warning "$BIN" serve >"$LOG_DIR/bench-contacts.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done

TOKEN="$(python3 "$ROOT/deploy/local/token.py")"
ID="$(curl -fsS -X POST "http://127.0.0.1:$PORT/v1/contacts/organisations" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"kind":"sme","legal_name":"Benchmark Sp. z o.o.","country":"PL","municipality":"Łódź","keywords":["benchmark"]}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"

run_wrk() {
  local label="$1" url="$2"
  shift 2
  echo "== $label: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $url"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" | tee "$LOCAL_DIR/bench-$label.txt"
}

# Warm-up so both runs see an open pool and warm caches.
wrk -t1 -c4 -d3s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/v1/contacts/organisations/$ID" >/dev/null
run_wrk healthz "http://127.0.0.1:$PORT/healthz"
run_wrk organisation "http://127.0.0.1:$PORT/v1/contacts/organisations/$ID" -H "Authorization: Bearer $TOKEN"

# Where the time goes: the same authenticated request path without a database call (a 400 for a
# malformed id), and pgbench running the very SQL of the by-id read at the same concurrency.
run_wrk no-database "http://127.0.0.1:$PORT/v1/contacts/organisations/not-a-uuid" -H "Authorization: Bearer $TOKEN"
cat >"$LOCAL_DIR/bench-organisation.sql" <<SQL
SELECT id, authority_id, kind, legal_name, registration_number, country, municipality, address, website, languages,
       keywords, description, size_class, version, created_at, updated_at
FROM contacts.organisations WHERE authority_id = '$DEMO_AUTHORITY_ID' AND id = '$ID';
SQL
echo "== pgbench: -M prepared -c $CONNECTIONS -j $THREADS -T ${DURATION%s} (the by-id SELECT)"
# The session acts for the demo authority, as the service's connections do (row-level security).
PGOPTIONS="-c app.authority_id=$DEMO_AUTHORITY_ID" PGPASSWORD="$CONTACTS_DB_PASSWORD" pgbench -h "$DB_HOST" -p "$DB_PORT" -U contacts_service -n -M prepared \
  -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -f "$LOCAL_DIR/bench-organisation.sql" "$DB_NAME" | grep -E 'latency average|^tps'

rps() { awk '/Requests\/sec/ {print $2}' "$LOCAL_DIR/bench-$1.txt"; }
# Figures of a run that answered errors would measure the errors: refuse them.
if grep -q "Non-2xx" "$LOCAL_DIR/bench-organisation.txt" "$LOCAL_DIR/bench-healthz.txt"; then
  die "some answers were not 2xx: the figures above do not measure the read"
fi
python3 - "$(rps healthz)" "$(rps organisation)" <<'PY'
import sys
healthz, organisation = map(float, sys.argv[1:3])
print(f"healthz {healthz:.0f} req/s, organisation by id {organisation:.0f} req/s, ratio {organisation / healthz:.2f}")
PY
