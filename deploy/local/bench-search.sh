#!/usr/bin/env bash
# Benchmark: keyword search over 100,000 organisations and 200,000 contact persons (issue 4).
# wrk on GET /v1/contacts/organisations?q=<term>&limit=20 (30 realistic terms in rotation) beside
# pgbench running the very SELECT of that search at the same concurrency, same data, same run.
# The data come from deploy/data/generate_partners.py (cached in .local/bench-data, keyed by sizes
# and seed) and are loaded by deploy/data/load_partners.py for a dedicated authority. Writes the
# figures to stdout and .local/bench-search/; docs/performance.md records them.
# Targets: p99 under 25 ms, requests/s at least 60 % of pgbench's tps on the same SQL.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

DURATION="${BENCH_DURATION:-20s}"
# Rounds of (wrk, pgbench), each side DURATION per round.
ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-18081}"
WARMUP="${BENCH_WARMUP:-5s}"
# wrk's per-request timeout: a slow answer is measured, not dropped as a socket error.
TIMEOUT="${BENCH_TIMEOUT:-30s}"
ORGANISATIONS="${BENCH_ORGANISATIONS:-100000}"
PERSONS="${BENCH_PERSONS:-200000}"
SEED="${BENCH_SEED:-42}"
# The benchmark's own tenant, registered in contacts.authorities by the loader. Another data set
# (other sizes or seed) needs another authority: consents are append-only, a load never replaces.
AUTHORITY="${BENCH_AUTHORITY_ID:-00000000-0000-4000-8000-00000000b001}"
LIMIT=20
OUT="$LOCAL_DIR/bench-search"
DATA_DIR="$LOCAL_DIR/bench-data"
CSV="$DATA_DIR/partners-o$ORGANISATIONS-p$PERSONS-s$SEED.csv"

# What officers type: towns without diacritics, trades, positions, NACE section and division
# names, Czech keywords without accents, and typos. Each must find at least one organisation.
TERMS=(
  lodz brno plzen liberc "ceske budejovice" "usti nad labem" krakow wien gyor kosice
  glass precision textil strojirna "cnc obrabeni" automotive robotika "plastic injection moulding"
  "facility managment" "circular economy" "smart city" ucetnictvi "tax advisory"
  "export manager" "innovation manager" "head of r&d" "vedouci vyroby"
  "manufacture of textiles" "wholesale trade" "civil engineering"
)

"$ROOT/deploy/local/install-deps.sh" --bench >/dev/null
for tool in wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || die "$tool is missing after deploy/local/install-deps.sh --bench"
done
"$ROOT/deploy/local/postgres.sh" start >/dev/null
export_env_file
mkdir -p "$OUT" "$DATA_DIR"
export PGPASSWORD="$CONTACTS_DB_PASSWORD"
# psql as the service's role, acting for the benchmark authority (row-level security applies).
db() {
  PGOPTIONS="-c app.authority_id=$AUTHORITY" psql -X -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U contacts_service -d "$DB_NAME" "$@"
}

# The search SQL is copied below from OrganisationStore.searchSQL (keywords, no other filter); say
# so loudly when that source no longer contains its distinctive parts.
STORE="$ROOT/Services/contacts-service/Sources/ContactsService/Organisations/OrganisationStore.swift"
# shellcheck disable=SC2016 # the $n are SQL parameters, not shell expansions
for fragment in 'FROM search_organisations($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) s' \
  'JOIN organisations o ON o.authority_id = $1 AND o.id = s.organisation_id' 'ORDER BY s.tier, s.score DESC, s.organisation_id DESC'; do
  grep -qF -- "$fragment" "$STORE" || warn "OrganisationStore.swift no longer contains \"$fragment\": the pgbench SQL below may differ from the service's"
done

info "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(psql --version | head -n 1)"
info "source: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"

# 1. Data: generated once per (sizes, seed) and cached.
if [[ ! -s "$CSV" ]]; then
  info "generating $ORGANISATIONS organisations / $PERSONS persons (seed $SEED) into $CSV"
  python3 "$ROOT/deploy/data/generate_partners.py" --organisations "$ORGANISATIONS" --persons "$PERSONS" \
    --seed "$SEED" --delimiter ';' --out "$CSV.tmp"
  mv "$CSV.tmp" "$CSV"
else
  ok "data file present: $CSV"
fi

# 2. The release build and the service (its start applies the migrations the loader needs).
info "building contacts-service (release)"
swift build -c release --product contacts-service --scratch-path .build-release >/dev/null
BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/contacts-service"

# Rate limiting off: the benchmark's single token would otherwise be answered with 429s. The
# statement and pool timeouts stay the service's defaults (5 s, 2 s) unless BENCH_STATEMENT_TIMEOUT_MS
# and BENCH_POOL_TIMEOUT_MS raise them, to measure searches slower than that instead of their 503s.
# The pool has one connection per core unless BENCH_POOL_SIZE says otherwise: the service and
# PostgreSQL share the cores, and more connections only queue in the kernel's scheduler instead of
# the pool (on 2 cores, p99 19.8 ms with 2, 29.7 ms with 4, 45.9 ms with 8; docs/performance.md).
env HOST=127.0.0.1 PORT="$PORT" DB_USER=contacts_service DB_PASSWORD="$CONTACTS_DB_PASSWORD" RATE_LIMIT_RPS=0 \
    DB_POOL_SIZE="${BENCH_POOL_SIZE:-$(nproc)}" DB_STATEMENT_TIMEOUT_MS="${BENCH_STATEMENT_TIMEOUT_MS:-5000}" \
    DB_POOL_TIMEOUT_MS="${BENCH_POOL_TIMEOUT_MS:-2000}" LOG_LEVEL=warning "$BIN" serve >"$LOG_DIR/bench-search-contacts.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
# Up to 10 minutes: a start that applies a migration indexing 100,000 organisations takes 1-2.
for _ in $(seq 1 3000); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || die "contacts-service stopped; see $LOG_DIR/bench-search-contacts.log"
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null || die "contacts-service is not ready; see $LOG_DIR/bench-search-contacts.log"

# 3. The data in the database: loaded unless the authority already holds exactly this data set.
held="$(db -c "SELECT (SELECT count(*) FROM organisations WHERE authority_id = '$AUTHORITY') || ' ' || (SELECT count(*) FROM contact_persons WHERE authority_id = '$AUTHORITY')")"
if [[ "$held" == "$ORGANISATIONS $PERSONS" ]]; then
  ok "authority $AUTHORITY already holds $ORGANISATIONS organisations and $PERSONS persons"
else
  info "loading $CSV for authority $AUTHORITY (it holds: $held)"
  python3 "$ROOT/deploy/data/load_partners.py" --csv "$CSV" --authority "$AUTHORITY" \
    --register "Benchmark authority (search, $ORGANISATIONS organisations)" --municipality-code "bench-${AUTHORITY: -12}"
fi
# Fresh statistics, and a visibility map for index-only scans of the search index.
db -c "VACUUM ANALYZE organisations" -c "VACUUM ANALYZE search_terms" -c "VACUUM ANALYZE search_vocabulary" >/dev/null

TOKEN="$(python3 "$ROOT/deploy/local/token.py" --authority "$AUTHORITY" --sub bench-search --ttl 7200)"
AUTH_HEADER="Authorization: Bearer $TOKEN"

# The request paths (URL-encoded) for wrk's script, and one pgbench script per term with the
# search statement of OrganisationStore.searchSQL: same columns, function call, join and order,
# limit + 1. pgbench sends :authority, :qN and :limit as parameters of a prepared statement, as
# the service does; the filters and the cursor the service binds as NULL are NULL here too.
rm -rf "$OUT/pgbench" && mkdir -p "$OUT/pgbench"
python3 - "$OUT" "$LIMIT" "${TERMS[@]}" <<'PY'
import sys, urllib.parse
out, limit, terms = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(f"{out}/paths.txt", "w") as f:
    for term in terms:
        f.write(f"/v1/contacts/organisations?q={urllib.parse.quote(term, safe='')}&limit={limit}\n")
with open(f"{out}/search.lua", "w") as f:
    f.write("-- Written by deploy/local/bench-search.sh: GET the search paths in rotation, each thread from its own offset.\n")
    f.write("local paths = {\n" + "".join(f'  "{line.strip()}",\n' for line in open(f"{out}/paths.txt")) + "}\n")
    f.write("local threads = 0\n")
    f.write("function setup(thread)\n  thread:set(\"offset\", threads * 7)\n  threads = threads + 1\nend\n")
    f.write("function init(args)\n  i = offset or 0\nend\n")
    f.write("function request()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n")
columns = ("id, authority_id, kind, legal_name, registration_number, country, municipality, address, website,\n"
           "    languages, keywords, description, size_class, sectors, staff_headcount, annual_turnover_eur,\n"
           "    balance_sheet_total_eur, partner_role, external_ref, version, created_at, updated_at")
for n, term in enumerate(terms, 1):
    with open(f"{out}/pgbench/term-{n:02d}.sql", "w") as f:
        f.write(f"-- q = {term}\n")
        f.write(f"SELECT {columns}, s.tier, s.score\n"
                f"FROM search_organisations(:authority, :q{n}, :limit, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) s\n"
                f"JOIN organisations o ON o.authority_id = :authority AND o.id = s.organisation_id\n"
                f"ORDER BY s.tier, s.score DESC, s.organisation_id DESC;\n")
PY

# Waits until no search runs in the database any more (the service finishes what a stopped wrk
# left in flight; the next measurement must not share the machine with it).
wait_idle() {
  for _ in $(seq 1 120); do
    [[ "$(db -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'contacts_service' AND state = 'active' AND query LIKE '%search_organisations%' AND pid <> pg_backend_pid()")" == 0 ]] && return
    sleep 0.5
  done
  warn "searches still running after 60 s"
}

# 4. Every term must find something through the API (and answer 200) before anything is measured.
info "checking every term through the API (status, rows, time of one request alone)"
: >"$OUT/terms.txt"
failed=0
while IFS= read -r path; do
  result="$(curl -sS -o "$OUT/answer.json" -w '%{http_code} %{time_total}' -H "$AUTH_HEADER" "http://127.0.0.1:$PORT$path" || echo "000 0")"
  status="${result% *}"
  rows="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$OUT/answer.json" 2>/dev/null || echo 0)"
  printf '%-80s %s %2s rows %6.1f ms\n' "$path" "$status" "$rows" "$(awk -v t="${result#* }" 'BEGIN {print t * 1000}')" | tee -a "$OUT/terms.txt"
  if [[ "$status" != 200 || "$rows" == 0 ]]; then failed=1; fi
done <"$OUT/paths.txt"
rm -f "$OUT/answer.json"
((failed == 0)) || die "a term answered an error or nothing (above): the benchmark would not measure searches"

# 5./6. Rounds of wrk through the service, then pgbench on the same SELECT (the same terms, one
# script each, equal weights, drawn at random; 16 clients; per-transaction log for the
# percentiles). Alternating the two in rounds lets both sides share whatever else this machine
# does during the run, instead of one side getting a quiet minute and the other a busy one.
info "warm-up: wrk -t1 -c4 -d$WARMUP"
wrk -t1 -c4 -d"$WARMUP" --timeout "$TIMEOUT" -s "$OUT/search.lua" -H "$AUTH_HEADER" "http://127.0.0.1:$PORT" >/dev/null
wait_idle
rm -f "$OUT"/pgbench-log* "$OUT"/wrk-*.txt "$OUT"/pgbench-*.txt
search_pgbench_args "$OUT/pgbench" "$AUTHORITY" $((LIMIT + 1))
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round/$ROUNDS, search: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency -s search.lua (${#TERMS[@]} terms in rotation)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$OUT/search.lua" -H "$AUTH_HEADER" \
    "http://127.0.0.1:$PORT" | tee "$OUT/wrk-$round.txt"
  wait_idle
  echo "== round $round/$ROUNDS, pgbench -n -M prepared -c $CONNECTIONS -j $THREADS -T ${DURATION%s} (the search SELECT, ${#TERMS[@]} terms)"
  # The session acts for the benchmark authority, as the service's connections do (row-level security).
  PGOPTIONS="-c app.authority_id=$AUTHORITY" pgbench -h "$DB_HOST" -p "$DB_PORT" -U contacts_service -n -M prepared \
    -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" --log --log-prefix="$OUT/pgbench-log-$round" "${PGBENCH_ARGS[@]}" "$DB_NAME" \
    >"$OUT/pgbench-$round.txt" 2>&1 || { cat "$OUT/pgbench-$round.txt"; die "pgbench failed"; }
  grep -E '^(number of (transactions actually processed|failed transactions)|latency average|tps)' "$OUT/pgbench-$round.txt"
done

# 7. Summary. Figures of a run that answered errors would measure the errors: refuse them.
info "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
problems=()
if grep -q "Non-2xx" "$OUT"/wrk-*.txt; then problems+=("wrk saw answers that were not 2xx ($(grep -h Non-2xx "$OUT"/wrk-*.txt | xargs))"); fi
if grep -q "Socket errors" "$OUT"/wrk-*.txt; then problems+=("wrk saw socket errors ($(grep -h 'Socket errors' "$OUT"/wrk-*.txt | xargs))"); fi
if grep -qE '^number of failed transactions: [1-9]' "$OUT"/pgbench-*.txt; then problems+=("pgbench had failed transactions"); fi
python3 - "$OUT" "${#problems[@]}" "$ROUNDS" "${TERMS[@]}" <<'PY' | tee "$OUT/summary.txt"
import glob, math, re, statistics, sys
out, problems, rounds, terms = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
def ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
def percentile(values, p):  # nearest rank, as wrk reports them
    values = sorted(values)
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)] if values else float("nan")
rows, wrk_requests, wrk_seconds, pg_transactions, pg_seconds, all_latencies, by_script = [], 0, 0.0, 0, 0.0, [], {}
for round in range(1, rounds + 1):
    wrk = open(f"{out}/wrk-{round}.txt").read()
    requests = int(re.search(r"(\d+) requests in ([\d.]+)(ms|s|m)", wrk).group(1))
    seconds = ms("".join(re.search(r"\d+ requests in ([\d.]+)(ms|s|m)", wrk).groups())) / 1000
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", wrk, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", wrk, re.M).group(1))
    pgbench = open(f"{out}/pgbench-{round}.txt").read()
    tps = float(re.search(r"^tps = ([\d.]+)", pgbench, re.M).group(1))
    latencies = []
    for path in glob.glob(f"{out}/pgbench-log-{round}*"):
        for line in open(path):
            fields = line.split()
            latency = int(fields[2]) / 1000
            latencies.append(latency)
            by_script.setdefault(int(fields[3]), []).append(latency)
    rows.append((round, requests, rps, p50, p99, len(latencies), tps, percentile(latencies, 50), percentile(latencies, 99)))
    wrk_requests += requests
    wrk_seconds += seconds
    pg_transactions += len(latencies)
    pg_seconds += len(latencies) / tps if tps else 0
    all_latencies += latencies
print(f"pgbench per term ({pg_transactions} transactions):")
for script in sorted(by_script):
    values = by_script[script]
    print(f"  {terms[script]:<28} {len(values):>6} tx  p50 {percentile(values, 50):9.1f} ms  p99 {percentile(values, 99):9.1f} ms")
print()
print("| round | service requests | service req/s | service p50 | service p99 | pgbench tx | pgbench tps | pgbench p50 | pgbench p99 | ratio |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for round, requests, rps, p50, p99, transactions, tps, pg_p50, pg_p99 in rows:
    print(f"| {round} | {requests:,} | {rps:,.1f} | {p50:.2f} ms | {p99:.2f} ms | {transactions:,} | {tps:,.1f} | {pg_p50:.2f} ms | {pg_p99:.2f} ms | {rps / tps:.2f} |")
wrk_rps = wrk_requests / wrk_seconds
tps = pg_transactions / pg_seconds if pg_seconds else float("nan")
# wrk reports percentiles per run only: the service's p99 is the worst round's, its p50 the median round's.
wrk_p99 = max(row[4] for row in rows)
wrk_p50 = statistics.median(row[3] for row in rows)
ratio = wrk_rps / tps if tps else float("nan")
print()
print("| run (all rounds) | requests | throughput | p50 | p99 |")
print("|---|---:|---:|---:|---:|")
print(f"| service, wrk | {wrk_requests:,} | {wrk_rps:,.1f} req/s | {wrk_p50:.2f} ms (median round) | {wrk_p99:.2f} ms (worst round) |")
print(f"| pgbench, same SELECT | {pg_transactions:,} | {tps:,.1f} tps | {percentile(all_latencies, 50):.2f} ms | {percentile(all_latencies, 99):.2f} ms |")
print(f"ratio service / pgbench: {ratio:.2f}")
if problems:
    print("targets: not judged, the run answered errors (below)")
else:
    print(f"target p99 < 25 ms: {'met' if wrk_p99 < 25 else 'NOT met'} ({wrk_p99:.2f} ms, worst round); "
          f"target ratio >= 0.60: {'met' if ratio >= 0.6 else 'NOT met'} ({ratio:.2f})")
PY
if ((${#problems[@]})); then
  for problem in "${problems[@]}"; do warn "$problem"; done
  die "the figures above do not measure searches only: refused"
fi
ok "figures in $OUT/summary.txt"
