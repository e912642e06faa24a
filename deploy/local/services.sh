#!/usr/bin/env bash
# The four services as background processes, against the local PostgreSQL.
#   services.sh start [name...]     build (swift build, debug) and start, wait for /readyz
#   services.sh stop [name...]      SIGTERM, then SIGKILL after STOP_TIMEOUT seconds
#   services.sh restart [name...]
#   services.sh status [name...]
# A name is the executable (contacts-service) or its short form (contacts); no name means all.
# Logs: .local/logs/<name>.log (appended, one marker line per start); pids: .local/run/<name>.pid.
# Knobs: READY_TIMEOUT (60 s), STOP_TIMEOUT (15 s), SKIP_BUILD=1 (use the binaries as they are),
# BIN_PATH (where the binaries are; default: swift build --show-bin-path), LOG_FORMAT, LOG_LEVEL.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

READY_TIMEOUT="${READY_TIMEOUT:-60}"
STOP_TIMEOUT="${STOP_TIMEOUT:-15}"

# Accepts "contacts" as well as "contacts-service".
normalise() {
  local name="$1"
  [[ "$name" == *-service ]] || name="$name-service"
  service_port "$name" >/dev/null
  echo "$name"
}

# Sets NAMES to the services named on the command line (all four when none); dies on a typo.
NAMES=()
select_names() {
  NAMES=()
  if (($# == 0)); then NAMES=("${SERVICES[@]}"); return; fi
  local n full
  for n in "$@"; do
    full="$(normalise "$n")" || exit 1
    NAMES+=("$full")
  done
}

pidfile() { echo "$RUN_DIR/$1.pid"; }
logfile() { echo "$LOG_DIR/$1.log"; }
is_running() { pid_alive "$(pidfile "$1")" "$1"; }

bin_path() {
  if [[ -n "${BIN_PATH:-}" ]]; then echo "$BIN_PATH"; return; fi
  (cd "$ROOT" && swift build --show-bin-path)
}

# One `swift build` for all products when starting everything; a single-service start or
# restart (the end-to-end tests do that) reuses the binary if it exists.
build() {
  local all="$1" bin="$2" name missing=0
  shift 2
  for name in "$@"; do [[ -x "$bin/$name" ]] || missing=1; done
  if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
    ((missing == 0)) || die "SKIP_BUILD=1 but binaries are missing in $bin"
    return
  fi
  if ((all || missing)); then
    command -v swift >/dev/null || die "swift is not on PATH"
    info "swift build (debug)"
    (cd "$ROOT" && swift build) || die "swift build failed"
  fi
}

ensure_postgres() {
  [[ -f "$ENV_FILE" ]] && port_in_use "$(env_get DB_PORT)" && return
  "$ROOT/deploy/local/postgres.sh" start
}

# Starts one service with its own role and password; nothing else from the env file reaches it.
launch() {
  local name="$1" bin="$2" port role key log
  port="$(service_port "$name")"
  role="$(service_role "$name")"
  key="$(service_password_key "$name")"
  log="$(logfile "$name")"
  if is_running "$name"; then
    ok "$name already running (pid $(cat "$(pidfile "$name")"))"
    return
  fi
  port_in_use "$port" && die "port $port is taken by another process: $name cannot start"
  rm -f "$(pidfile "$name")"  # stale after a crash; the wait below needs the new one
  printf '\n===== %s: starting %s =====\n' "$(date -u +%FT%TZ)" "$name" >>"$log"
  (
    export_env_file
    # Each service gets only its own credentials; the admin and other services' passwords stay out.
    export HOST=127.0.0.1 PORT="$port" DB_USER="$role" DB_PASSWORD="${!key}" DB_SCHEMA="${name%-service}"
    export MIGRATIONS_DIR="$ROOT/Services/$name/Migrations"
    export CONTACTS_SERVICE_URL="${CONTACTS_SERVICE_URL:-http://127.0.0.1:8081}"
    # Erasures queued for a service that is down are retried every few seconds on a laptop.
    export WORKER_INTERVAL_MS="${WORKER_INTERVAL_MS:-500}" OUTBOX_RETRY_MAX_S="${OUTBOX_RETRY_MAX_S:-3}"
    export LOG_FORMAT="${LOG_FORMAT:-text}" LOG_LEVEL="${LOG_LEVEL:-info}"
    # Per-caller rate limits, generous enough for the end-to-end tests and schemathesis, which
    # send everything with one token; production defaults are 20/s with bursts of 100.
    export RATE_LIMIT_RPS="${RATE_LIMIT_RPS:-200}" RATE_LIMIT_BURST="${RATE_LIMIT_BURST:-400}"
    unset DB_ADMIN_USER DB_ADMIN_PASSWORD CONTACTS_DB_PASSWORD INTERNATIONALISATION_DB_PASSWORD \
      NETWORKING_DB_PASSWORD INNOVATION_DB_PASSWORD
    # setsid: own session, so a Ctrl-C in the terminal that ran `make run` does not reach it.
    # The child writes its own pid, then becomes the service (exec keeps the pid).
    cd "$ROOT"
    # shellcheck disable=SC2016  # $$, $1 and $@ belong to the inner bash
    setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$(pidfile "$name")" "$bin/$name" serve \
      </dev/null >>"$log" 2>&1 &
  )
  local waited=0
  until [[ -s "$(pidfile "$name")" ]]; do
    ((waited++ < 50)) || die "$name did not write its pid file"
    sleep 0.1
  done
  info "started $name (pid $(cat "$(pidfile "$name")"), port $port, log $log)"
}

# Waits for /readyz = 200; fails fast if the process exits.
wait_ready() {
  local name="$1" port log deadline
  port="$(service_port "$name")"
  log="$(logfile "$name")"
  deadline=$((SECONDS + READY_TIMEOUT))
  while true; do
    if [[ "$(http_status "http://127.0.0.1:$port/readyz")" == 200 ]]; then
      ok "$name ready on http://127.0.0.1:$port"
      return 0
    fi
    if ! is_running "$name"; then
      echo "----- last lines of $log -----" >&2
      tail -n 40 "$log" >&2 || true
      warn "$name exited before it was ready (log: $log)"
      rm -f "$(pidfile "$name")"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "----- last lines of $log -----" >&2
      tail -n 40 "$log" >&2 || true
      warn "$name not ready after ${READY_TIMEOUT}s: /readyz answers $(http_status "http://127.0.0.1:$port/readyz") (log: $log)"
      return 1
    fi
    sleep 0.25
  done
}

cmd_start() {
  local all=0 bin name failed=0
  (($# == 0)) && all=1
  select_names "$@"
  local names=("${NAMES[@]}")
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  ensure_postgres
  bin="$(bin_path)"
  build "$all" "$bin" "${names[@]}"
  for name in "${names[@]}"; do
    [[ -x "$bin/$name" ]] || die "$bin/$name is missing after the build"
  done
  # Start all, then wait for all: migrations of different services run side by side.
  for name in "${names[@]}"; do launch "$name" "$bin"; done
  for name in "${names[@]}"; do wait_ready "$name" || failed=1; done
  ((failed == 0)) || die "some services did not become ready (see above)"
}

cmd_stop() {
  local name pid
  select_names "$@"
  local names=("${NAMES[@]}")
  for name in "${names[@]}"; do
    if is_running "$name"; then
      pid="$(cat "$(pidfile "$name")")"
      info "stopping $name (pid $pid)"
      stop_pid "$pid" "$name" "$STOP_TIMEOUT"
      printf '===== %s: stopped %s =====\n' "$(date -u +%FT%TZ)" "$name" >>"$(logfile "$name")"
    fi
    rm -f "$(pidfile "$name")"
  done
  ok "stopped: ${names[*]}"
}

cmd_status() {
  local name port rc=0
  select_names "$@"
  local names=("${NAMES[@]}")
  for name in "${names[@]}"; do
    port="$(service_port "$name")"
    if is_running "$name"; then
      echo "$name: running (pid $(cat "$(pidfile "$name")")), /healthz $(http_status "http://127.0.0.1:$port/healthz"), /readyz $(http_status "http://127.0.0.1:$port/readyz")"
    else
      echo "$name: stopped"
      rc=3
    fi
  done
  return "$rc"
}

action="${1:-}"
shift || true
case "$action" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  restart) cmd_stop "$@" && cmd_start "$@" ;;
  status) cmd_status "$@" ;;
  *) echo "usage: $0 start|stop|restart|status [service...]" >&2; exit 2 ;;
esac
