# shellcheck shell=bash
# Shared by the deploy/local scripts: paths, messages, the env file, small process helpers.
# Sourced, never run. Every value can be overridden from the environment for unusual machines.
# shellcheck disable=SC2034  # the variables below are used by the scripts that source this file

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$ROOT/.local"
ENV_FILE="${CIVICLINK_ENV_FILE:-$LOCAL_DIR/civiclink.env}"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
VENV="$LOCAL_DIR/venv"

# The four executables, in start order (contacts first: two others call it).
SERVICES=(contacts-service internationalisation-service networking-service innovation-service)

# PostgreSQL server binaries: Debian keeps them out of PATH, under /usr/lib/postgresql/<major>/bin.
pg_bin_dir() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  local dir
  dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n 1 || true)"
  [[ -n "$dir" ]] || die "no PostgreSQL server found under /usr/lib/postgresql (run deploy/local/install-deps.sh)"
  echo "$dir"
}

# Colours only on a terminal, so CI logs stay plain text.
if [[ -t 1 ]]; then C_B=$'\033[1;34m' C_G=$'\033[1;32m' C_Y=$'\033[1;33m' C_R=$'\033[1;31m' C_0=$'\033[0m'
else C_B='' C_G='' C_Y='' C_R='' C_0=''; fi
info() { printf '%s==>%s %s\n' "$C_B" "$C_0" "$*"; }
ok()   { printf '%s ok%s %s\n' "$C_G" "$C_0" "$*"; }
warn() { printf '%swarn%s %s\n' "$C_Y" "$C_0" "$*" >&2; }
die()  { printf '%serror%s %s\n' "$C_R" "$C_0" "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Per service: port, database role, schema and the env-file key of its password.
service_port() {
  case "$1" in
    contacts-service) echo 8081 ;;
    internationalisation-service) echo 8082 ;;
    networking-service) echo 8083 ;;
    innovation-service) echo 8084 ;;
    *) die "unknown service '$1' (one of: ${SERVICES[*]})" ;;
  esac
}
service_short() { service_port "$1" >/dev/null; echo "${1%-service}"; }          # contacts
service_role() { echo "$(service_short "$1")_service"; }                          # contacts_service
service_password_key() { local s; s="$(service_short "$1")"; echo "${s^^}_DB_PASSWORD"; }

# Reads one KEY from the env file (KEY=value lines; no quotes, no export).
env_get() {
  [[ -f "$ENV_FILE" ]] || die "$ENV_FILE is missing: run deploy/local/postgres.sh start (or make run) first"
  local line
  line="$(grep -E "^$1=" "$ENV_FILE" | tail -n 1 || true)"
  [[ -n "$line" ]] || die "$1 is not set in $ENV_FILE"
  echo "${line#*=}"
}

# Exports every KEY=value of the env file into this shell (parsed, not sourced: no code runs).
export_env_file() {
  [[ -f "$ENV_FILE" ]] || die "$ENV_FILE is missing: run deploy/local/postgres.sh start (or make run) first"
  local key value
  while IFS='=' read -r key value; do
    [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
    export "$key=$value"
  done <"$ENV_FILE"
}

# True when something accepts TCP connections on 127.0.0.1:<port>.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The HTTP status of a GET (000 when nothing answers).
http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time "${2:-2}" "$1" 2>/dev/null || true; }

# True when the pid in <pidfile> is alive and its command line contains <needle> (guards against pid reuse).
pid_alive() {
  local pidfile="$1" needle="$2" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$needle"
}

# Sends SIGTERM, waits up to <timeout> s, then SIGKILL. Used for services and the gateway.
stop_pid() {
  local pid="$1" name="$2" timeout="${3:-15}" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= timeout * 10)); then
      warn "$name (pid $pid) did not stop within ${timeout}s: sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.2
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# A random hex secret of <bytes> bytes, from the kernel (no openssl needed).
random_hex() { head -c "${1:-24}" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# The pgbench arguments for the search scripts bench-search.sh writes (DIR/term-NN.sql, each
# starting with "-- q = <term>" and reading :authority, :qNN and :limit): the variables, and
# every script with weight 1. Sets the array PGBENCH_ARGS. Usage: search_pgbench_args DIR AUTHORITY LIMIT
search_pgbench_args() {
  local dir="$1" file n=0
  PGBENCH_ARGS=(-D "authority=$2" -D "limit=$3")
  for file in "$dir"/term-*.sql; do
    n=$((n + 1))
    PGBENCH_ARGS+=(-D "q$n=$(sed -n '1s/^-- q = //p' "$file")" -f "$file@1")
  done
}
