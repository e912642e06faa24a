#!/usr/bin/env bash
# CPU per search: what one search costs the service, PostgreSQL and the load generator, beside
# what one transaction of the same SELECT costs PostgreSQL and pgbench. On a machine where all of
# them share the cores, these costs decide the throughput ratio `make bench-search` reports:
# ratio ~ (PostgreSQL + pgbench per transaction) / (service + PostgreSQL + wrk per search).
#
# Needs a `make bench-search` run before it (the data, the release build, the request paths and
# the pgbench scripts in .local/bench-search). Runs BENCH_CPU_PAIRS (2) pairs of (wrk through the
# service, pgbench) for BENCH_CPU_DURATION (10 s) each, 16 connections, and prints per pair:
#   service: req/s, p99, µs of CPU per search of the service, of the PostgreSQL backends and of
#            wrk, and the service's context switches per search;
#   pgbench: tps, µs of CPU per transaction of the backends and of pgbench.
# CPU comes from /proc (utime + stime; backends that ended are counted through the postmaster's
# reaped children). BIN=<path> measures another build of contacts-service.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

PAIRS="${BENCH_CPU_PAIRS:-2}"
DURATION="${BENCH_CPU_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_CPU_PORT:-18082}"
AUTHORITY="${BENCH_AUTHORITY_ID:-00000000-0000-4000-8000-00000000b001}"
OUT="$LOCAL_DIR/bench-search"
BIN="${BIN:-$ROOT/.build-release/release/contacts-service}"

[[ -s "$OUT/search.lua" && -d "$OUT/pgbench" && -x "$BIN" ]] || die "run make bench-search first (it writes $OUT and builds $BIN)"
"$ROOT/deploy/local/install-deps.sh" --bench >/dev/null
"$ROOT/deploy/local/postgres.sh" start >/dev/null
export_env_file
export PGPASSWORD="$CONTACTS_DB_PASSWORD"
TICKS="$(getconf CLK_TCK)"

# CPU ticks of all PostgreSQL processes alive, plus what the postmaster reaped from ended ones.
postgres_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((total + $(awk '{print $16 + $17}' "/proc/$(pgrep -xo postgres)/stat")))
}
# Context switches of all threads of process $1.
context_switches() {
  cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {total += $2} END {print total}'
}
# µs per item: ticks $1 over $2 items.
per_item() { awk -v t="$1" -v n="$2" -v hz="$TICKS" 'BEGIN {printf "%d", t / hz * 1000000 / n}'; }
# µs per item from bash's `time` output in file $1 (user and sys seconds) over $2 items.
timed_per_item() { awk -v n="$2" '/^(user|sys)/ {s += $2} END {printf "%d", s * 1000000 / n}' "$1"; }

env HOST=127.0.0.1 PORT="$PORT" DB_USER=contacts_service DB_PASSWORD="$CONTACTS_DB_PASSWORD" RATE_LIMIT_RPS=0 \
    MIGRATE_ON_START=false DB_POOL_SIZE="${BENCH_POOL_SIZE:-$(nproc)}" LOG_LEVEL=warning "$BIN" serve \
    >"$LOG_DIR/bench-cpu-contacts.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || die "contacts-service stopped; see $LOG_DIR/bench-cpu-contacts.log"
  sleep 0.2
done
TOKEN="$(python3 "$ROOT/deploy/local/token.py" --authority "$AUTHORITY" --sub bench-cpu --ttl 7200)"
AUTH_HEADER="Authorization: Bearer $TOKEN"
wrk -t1 -c4 -d3s -s "$OUT/search.lua" -H "$AUTH_HEADER" "http://127.0.0.1:$PORT" >/dev/null

# limit + 1, as the service asks for a page of 20.
search_pgbench_args "$OUT/pgbench" "$AUTHORITY" 21

info "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); binary $BIN"
TIMEFORMAT=$'real %R\nuser %U\nsys %S'
for pair in $(seq 1 "$PAIRS"); do
  service0="$(awk '{print $14 + $15}' "/proc/$PID/stat")"; postgres0="$(postgres_ticks)"; switches0="$(context_switches "$PID")"
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/search.lua" -H "$AUTH_HEADER" \
      "http://127.0.0.1:$PORT" >"$OUT/cpu-wrk.txt"; } 2>"$OUT/cpu-wrk-time.txt"
  service1="$(awk '{print $14 + $15}' "/proc/$PID/stat")"; postgres1="$(postgres_ticks)"; switches1="$(context_switches "$PID")"
  requests="$(grep -oE '[0-9]+ requests in' "$OUT/cpu-wrk.txt" | cut -d' ' -f1)"
  if grep -q "Non-2xx" "$OUT/cpu-wrk.txt"; then die "wrk saw answers that were not 2xx: $(grep Non-2xx "$OUT/cpu-wrk.txt")"; fi
  printf 'pair %s service: %8s req/s  p99 %8s | CPU per search: service %4s µs, PostgreSQL %4s µs, wrk %3s µs | %s context switches\n' \
    "$pair" "$(awk '/Requests\/sec/ {print $2}' "$OUT/cpu-wrk.txt")" "$(awk '$1 == "99%" {print $2}' "$OUT/cpu-wrk.txt")" \
    "$(per_item $((service1 - service0)) "$requests")" "$(per_item $((postgres1 - postgres0)) "$requests")" \
    "$(timed_per_item "$OUT/cpu-wrk-time.txt" "$requests")" \
    "$(awk -v s=$((switches1 - switches0)) -v n="$requests" 'BEGIN {printf "%.1f", s / n}')"

  postgres0="$(postgres_ticks)"
  { time PGOPTIONS="-c app.authority_id=$AUTHORITY" pgbench -h "$DB_HOST" -p "$DB_PORT" -U contacts_service -n -M prepared \
      -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" "${PGBENCH_ARGS[@]}" "$DB_NAME" >"$OUT/cpu-pgbench.txt" 2>&1; } 2>"$OUT/cpu-pgbench-time.txt"
  sleep 1  # pgbench's backends end after it: let the postmaster reap them before reading
  postgres1="$(postgres_ticks)"
  transactions="$(awk -F': ' '/number of transactions actually processed/ {split($2, a, "/"); print a[1]}' "$OUT/cpu-pgbench.txt")"
  printf 'pair %s pgbench: %8s tps                 | CPU per transaction: PostgreSQL %4s µs, pgbench %3s µs\n' \
    "$pair" "$(awk '/^tps/ {printf "%.1f", $3}' "$OUT/cpu-pgbench.txt")" \
    "$(per_item $((postgres1 - postgres0)) "$transactions")" "$(timed_per_item "$OUT/cpu-pgbench-time.txt" "$transactions")"
done
