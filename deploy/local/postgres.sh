#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for local runs and tests, in .local/pg.
#   postgres.sh start    create the cluster on first use, start it on 127.0.0.1:55432, write
#                        .local/civiclink.env if missing, apply deploy/sql/bootstrap.sql
#   postgres.sh stop     fast shutdown
#   postgres.sh status   running or not, and ready or not
#   postgres.sh psql     a psql shell as the admin role, on the civiclink database
# Works as root (the cluster then belongs to the `postgres` OS user, since initdb refuses root)
# and as a normal user (the cluster belongs to that user).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_BIN_DIR="$(pg_bin_dir)"
PG_LINK="$LOCAL_DIR/pg"

if is_root; then
  PG_OWNER=postgres
  getent passwd postgres >/dev/null || die "the 'postgres' OS user is missing (install Debian's postgresql package)"
else
  PG_OWNER="$(id -un)"
fi

# Runs a command as the cluster's owner; the working directory must be one it can enter.
as_owner() {
  if is_root; then (cd / && runuser -u "$PG_OWNER" -- "$@"); else "$@"; fi
}

# Where the cluster lives. Normally .local/pg. When root and the `postgres` user cannot reach the
# work tree (a clone under /root, say), or when the socket path would pass the 107-byte limit of
# Unix sockets, the cluster goes to /var/tmp/civiclink-pg-<hash of the work tree> instead and
# .local/pg is a symlink to it.
resolve_pg_dir() {
  if [[ -L "$PG_LINK" ]]; then readlink -f "$PG_LINK"; return; fi
  local fallback
  fallback="/var/tmp/civiclink-pg-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
  if [[ ! -e "$PG_LINK" ]]; then
    local too_long=0 unreachable=0
    ((${#PG_LINK} + 30 > 100)) && too_long=1
    if is_root && ! runuser -u "$PG_OWNER" -- test -x "$LOCAL_DIR"; then unreachable=1; fi
    if ((too_long || unreachable)); then
      mkdir -p "$fallback"
      ln -s "$fallback" "$PG_LINK"
      echo "$fallback"
      return
    fi
  fi
  echo "$PG_LINK"
}

mkdir -p "$LOCAL_DIR"
PG_DIR="$(resolve_pg_dir)"
PGDATA="$PG_DIR/data"
SOCKET_DIR="$PG_DIR/socket"
PG_LOG="$PG_DIR/postgres.log"

# The env file with random secrets, written once: the Swift tests and token.py read it too.
ensure_env_file() {
  [[ -f "$ENV_FILE" ]] && return
  info "writing $ENV_FILE (random passwords and JWT secret)"
  mkdir -p "$(dirname "$ENV_FILE")"
  (
    umask 077
    cat >"$ENV_FILE.tmp" <<EOT
DB_HOST=127.0.0.1
DB_PORT=55432
DB_NAME=civiclink
DB_ADMIN_USER=civiclink_admin
DB_ADMIN_PASSWORD=$(random_hex 18)
CONTACTS_DB_PASSWORD=$(random_hex 18)
INTERNATIONALISATION_DB_PASSWORD=$(random_hex 18)
NETWORKING_DB_PASSWORD=$(random_hex 18)
INNOVATION_DB_PASSWORD=$(random_hex 18)
JWT_SECRET=$(random_hex 32)
JWT_ISSUER=civiclink-local
JWT_AUDIENCE=civiclink
DEMO_AUTHORITY_ID=00000000-0000-4000-8000-00000000a001
EOT
    mv "$ENV_FILE.tmp" "$ENV_FILE"
  )
}

is_running() { [[ -f "$PGDATA/PG_VERSION" ]] && as_owner "$PG_BIN_DIR/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }

init_cluster() {
  mkdir -p "$PG_DIR"
  if is_root; then chown "$PG_OWNER:" "$PG_DIR"; fi
  if [[ -f "$PGDATA/PG_VERSION" ]]; then
    local owner
    owner="$(stat -c %U "$PGDATA")"
    [[ "$owner" == "$PG_OWNER" ]] || die "$PGDATA belongs to '$owner', not '$PG_OWNER': run as that user, or remove $PG_DIR"
    return
  fi
  info "creating a throwaway cluster in $PGDATA (owner: $PG_OWNER)"
  rm -rf "$PGDATA"
  # C.UTF-8: byte-order collation, but Unicode-aware lower()/upper() for names like ŁÓDŹ.
  if ! as_owner "$PG_BIN_DIR/initdb" -D "$PGDATA" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 --no-instructions >"$PG_DIR/initdb.log" 2>&1; then
    cat "$PG_DIR/initdb.log" >&2
    rm -rf "$PGDATA"
    die "initdb failed (log above)"
  fi
}

# Settings live in their own file, rewritten at every start so edits here take effect.
write_config() {
  local port="$1"
  as_owner mkdir -p "$SOCKET_DIR"
  as_owner chmod 700 "$SOCKET_DIR"
  as_owner tee "$PGDATA/civiclink.conf" >/dev/null <<EOT
# Written by deploy/local/postgres.sh at every start; edit the script, not this file.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$SOCKET_DIR'
unix_socket_permissions = 0700
password_encryption = scram-sha-256
# Four services x pool of 8, replicas started by tests, the test suites themselves.
max_connections = 200
timezone = 'UTC'
log_timezone = 'UTC'
log_line_prefix = '%m [%p] %q%u@%d '
# A throwaway cluster: durability traded for speed. Never copy these to a real server.
fsync = off
synchronous_commit = off
full_page_writes = off
EOT
  grep -q "^include_if_exists = 'civiclink.conf'" "$PGDATA/postgresql.conf" \
    || echo "include_if_exists = 'civiclink.conf'" | as_owner tee -a "$PGDATA/postgresql.conf" >/dev/null
}

bootstrap() {
  info "applying deploy/sql/bootstrap.sql"
  # Passwords reach psql through its environment (\getenv), never its command line.
  (
    export_env_file
    export CONTACTS_DB_PASSWORD INTERNATIONALISATION_DB_PASSWORD NETWORKING_DB_PASSWORD \
      INNOVATION_DB_PASSWORD DB_ADMIN_PASSWORD DB_NAME
    # Fed on stdin, so the owner needs no read access to the work tree.
    as_owner "$PG_BIN_DIR/psql" -X -q -h "$SOCKET_DIR" -p "$DB_PORT" -d postgres \
      -v ON_ERROR_STOP=1 -f - <"$ROOT/deploy/sql/bootstrap.sql"
  ) || die "bootstrap.sql failed"
  # The path the services and tests take: TCP with a password.
  PGPASSWORD="$(env_get DB_ADMIN_PASSWORD)" "$PG_BIN_DIR/psql" -X -q -w -h 127.0.0.1 -p "$(env_get DB_PORT)" \
    -U "$(env_get DB_ADMIN_USER)" -d "$(env_get DB_NAME)" -tAc 'SELECT 1' >/dev/null \
    || die "cannot log in as $(env_get DB_ADMIN_USER) over TCP on 127.0.0.1:$(env_get DB_PORT)"
}

cmd_start() {
  ensure_env_file
  local port
  port="$(env_get DB_PORT)"
  init_cluster
  write_config "$port"
  if is_running; then
    ok "PostgreSQL already running on 127.0.0.1:$port"
  else
    port_in_use "$port" && die "port $port is taken by another process (not this cluster in $PGDATA)"
    info "starting PostgreSQL on 127.0.0.1:$port (log: $PG_LOG)"
    if is_root; then touch "$PG_LOG" && chown "$PG_OWNER:" "$PG_LOG"; fi
    if ! as_owner "$PG_BIN_DIR/pg_ctl" -D "$PGDATA" -l "$PG_LOG" -w -t 60 start >/dev/null; then
      tail -n 30 "$PG_LOG" >&2 || true
      die "PostgreSQL did not start (log: $PG_LOG)"
    fi
  fi
  local waited=0
  until as_owner "$PG_BIN_DIR/pg_isready" -q -h "$SOCKET_DIR" -p "$port"; do
    ((waited++ < 60)) || die "PostgreSQL is not ready after 30 s (log: $PG_LOG)"
    sleep 0.5
  done
  bootstrap
  ok "PostgreSQL ready: 127.0.0.1:$port, database $(env_get DB_NAME), env file $ENV_FILE"
}

cmd_stop() {
  if is_running; then
    info "stopping PostgreSQL ($PGDATA)"
    as_owner "$PG_BIN_DIR/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null
    ok "PostgreSQL stopped"
  else
    ok "PostgreSQL not running"
  fi
}

cmd_status() {
  if is_running; then
    local port
    port="$(env_get DB_PORT)"
    if as_owner "$PG_BIN_DIR/pg_isready" -q -h "$SOCKET_DIR" -p "$port"; then
      echo "postgres: running, ready on 127.0.0.1:$port ($PGDATA)"
    else
      echo "postgres: running, not ready ($PGDATA)"
      return 1
    fi
  else
    echo "postgres: stopped"
    return 3
  fi
}

cmd_psql() {
  export_env_file
  PGPASSWORD="$DB_ADMIN_PASSWORD" exec "$PG_BIN_DIR/psql" -X -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN_USER" -d "$DB_NAME" "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  psql) shift; cmd_psql "$@" ;;
  *) echo "usage: $0 start|stop|status|psql [psql args]" >&2; exit 2 ;;
esac
