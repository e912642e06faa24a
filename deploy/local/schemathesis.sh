#!/usr/bin/env bash
# Property-based API tests: schemathesis 4.x generates requests from openapi.yaml and sends them
# through the gateway with a valid token. Fails on server errors (5xx), undocumented status codes,
# wrong content types and bodies that do not match the schema.
# Knobs: ST_MAX_EXAMPLES (25 per operation), ST_SEED (fixed, for reproducible runs), ST_WORKERS (1),
# ST_TIME_LIMIT (900 s wall clock for the whole run), ST_BASE_URL (http://127.0.0.1:8080).
# Extra arguments go to `schemathesis run` (e.g. --include-tag contacts).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ST="$VENV/bin/schemathesis"
[[ -x "$ST" ]] || die "$ST is missing: run deploy/local/install-deps.sh"
BASE_URL="${ST_BASE_URL:-http://127.0.0.1:8080}"
[[ "$(http_status "$BASE_URL/healthz")" == 200 ]] || die "the gateway does not answer on $BASE_URL (run make run first)"

# A caller whose roles pass the matrix for every operation (docs/security.md), so the fuzzing
# reaches the handlers; the Swift SecurityMatrixTests check each role on its own.
TOKEN="$(python3 "$ROOT/deploy/local/token.py" --sub schemathesis --role authority_admin --role partnership_officer \
  --role broker --role sme --role resident)"
REPORT_DIR="$LOCAL_DIR/schemathesis"
mkdir -p "$REPORT_DIR"

info "schemathesis against $BASE_URL (examples per operation: ${ST_MAX_EXAMPLES:-25}, seed: ${ST_SEED:-20251121})"
# `timeout` bounds the wall clock: fuzzing and coverage could otherwise run long on 2 cores.
# --rate-limit auto: respect Retry-After when a service answers 429.
# --workers 1: several workers parse Python source in threads at once, which trips a CPython
#   3.11 bug ("SystemError: AST constructor recursion depth mismatch") inside hypothesis.
# --generation-database none: no example database between runs, so a run depends on the seed only.
set +e
timeout --signal=INT --kill-after=30 "${ST_TIME_LIMIT:-900}" \
  "$ST" run "$ROOT/openapi.yaml" \
  --url "$BASE_URL" \
  --header "Authorization: Bearer $TOKEN" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples "${ST_MAX_EXAMPLES:-25}" \
  --seed "${ST_SEED:-20251121}" \
  --workers "${ST_WORKERS:-1}" \
  --request-timeout 10 \
  --rate-limit auto \
  --generation-database none \
  --no-color \
  --report junit --report-junit-path "$REPORT_DIR/junit.xml" \
  "$@"
rc=$?
set -e
case "$rc" in
  0) ok "schemathesis: no failures (report: $REPORT_DIR/junit.xml)" ;;
  124 | 137) warn "schemathesis ran out of time (ST_TIME_LIMIT=${ST_TIME_LIMIT:-900} s)" ;;
  *) warn "schemathesis found failures (exit $rc; report: $REPORT_DIR/junit.xml)" ;;
esac
exit "$rc"
