#!/usr/bin/env bash
# `make test` (and CI): the set-up of `make run`, then every test suite in order:
#   1. swift test          unit and integration tests (env: everything in .local/civiclink.env)
#   2. end-to-end          .local/venv/bin/pytest -q Tests/EndToEnd (when that folder exists)
#   3. schemathesis        deploy/local/schemathesis.sh against the gateway
#   4. deploy checks       .local/venv/bin/pytest -q Tests/Deploy
# A failed step does not stop the later ones; everything is stopped at the end (KEEP_RUNNING=1
# leaves it running). Exit status: non-zero if any step failed. Extra args for swift test: SWIFT_TEST_ARGS.
# No `set -e` on purpose: a failed step is recorded and the later steps still run.
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$ROOT/deploy/local"
cd "$ROOT" || exit 1

STEPS=()
RESULTS=()
record() { STEPS+=("$1"); RESULTS+=("$2"); }

# run_step <label> <command...>: runs it, records PASS/FAIL with the time taken.
run_step() {
  local label="$1" start rc
  shift
  printf '\n========== %s ==========\n' "$label"
  start=$SECONDS
  "$@"
  rc=$?
  if ((rc == 0)); then
    record "$label" "PASS  ($((SECONDS - start)) s)"
  else
    record "$label" "FAIL  (exit $rc, $((SECONDS - start)) s)"
  fi
  return "$rc"
}

summary() {
  local i failed=0
  printf '\n========== test.sh summary ==========\n'
  for i in "${!STEPS[@]}"; do
    printf '%-16s %s\n' "${STEPS[$i]}" "${RESULTS[$i]}"
    [[ "${RESULTS[$i]}" == FAIL* ]] && failed=1
  done
  ((failed == 0)) || echo "logs: ${LOG_DIR#"$ROOT"/}/ (services, gateway), ${LOCAL_DIR#"$ROOT"/}/pg/postgres.log"
  return "$failed"
}

cleanup() {
  local rc=$?
  if [[ "${KEEP_RUNNING:-0}" == 1 ]]; then
    info "KEEP_RUNNING=1: leaving everything running (make stop)"
  else
    printf '\n========== stopping ==========\n'
    "$HERE/stop.sh" || rc=1
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- set-up: the same as make run -------------------------------------------------------------
deps_ok=0 db_ok=0 stack_ok=0
run_step "dependencies" "$HERE/install-deps.sh" && deps_ok=1
if ((deps_ok)); then
  run_step "postgres" "$HERE/postgres.sh" start && db_ok=1
fi
if ((db_ok)); then
  # shellcheck disable=SC2015  # a failure in any part marks the stack as not ready
  run_step "services" "$HERE/services.sh" start \
    && run_step "demo data" "$HERE/demo-data.sh" \
    && run_step "gateway" "$HERE/gateway.sh" start \
    && stack_ok=1 || true
fi

# --- 1. swift test ------------------------------------------------------------------------------
if ((db_ok)); then
  # A subshell, so the exported secrets do not reach the later steps' environment by accident.
  # shellcheck disable=SC2086,SC2016  # SWIFT_TEST_ARGS is a list of words; $1/$@ belong to the inner bash
  run_step "swift test" bash -c 'source "$1/lib.sh"; export_env_file; shift; exec swift test "$@"' \
    _ "$HERE" ${SWIFT_TEST_ARGS:-}
else
  record "swift test" "FAIL  (not run: PostgreSQL did not start)"
fi

# --- 2. end-to-end tests -------------------------------------------------------------------------
if [[ ! -d "$ROOT/Tests/EndToEnd" ]]; then
  record "end-to-end" "FAIL  (no Tests/EndToEnd folder)"
elif ((stack_ok)); then
  printf '\n========== end-to-end ==========\n'
  start=$SECONDS
  "$VENV/bin/pytest" -q "$ROOT/Tests/EndToEnd"
  rc=$?
  case "$rc" in
    0) record "end-to-end" "PASS  ($((SECONDS - start)) s)" ;;
    5) record "end-to-end" "FAIL  (pytest collected no tests)" ;;
    *) record "end-to-end" "FAIL  (exit $rc, $((SECONDS - start)) s)" ;;
  esac
else
  record "end-to-end" "FAIL  (not run: the services or the gateway did not start)"
fi

# --- 3. schemathesis -----------------------------------------------------------------------------
if ((stack_ok)); then
  run_step "schemathesis" "$HERE/schemathesis.sh"
else
  record "schemathesis" "FAIL  (not run: the services or the gateway did not start)"
fi

# --- 4. deployment checks (offline; they need only the venv) ------------------------------------
if ((deps_ok)); then
  run_step "deploy checks" "$VENV/bin/pytest" -q "$ROOT/Tests/Deploy"
else
  record "deploy checks" "FAIL  (not run: dependencies missing)"
fi

summary
