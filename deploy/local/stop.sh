#!/usr/bin/env bash
# `make stop`: gateway, services, PostgreSQL, in that order; then checks that none is left.
# No `set -e` on purpose: every part is stopped even when an earlier one fails.
set -uo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$ROOT/deploy/local"

# Keep going after a failure: the point is to leave nothing running.
"$HERE/gateway.sh" stop || true
"$HERE/services.sh" stop || true
"$HERE/postgres.sh" stop || true

left=()
pid_alive "$RUN_DIR/gateway.pid" nginx && left+=("gateway (pid $(cat "$RUN_DIR/gateway.pid"))")
for name in "${SERVICES[@]}"; do
  pid_alive "$RUN_DIR/$name.pid" "$name" && left+=("$name (pid $(cat "$RUN_DIR/$name.pid"))")
done
if [[ -f "$LOCAL_DIR/pg/data/postmaster.pid" ]]; then
  pg_pid="$(head -n 1 "$LOCAL_DIR/pg/data/postmaster.pid")"
  kill -0 "$pg_pid" 2>/dev/null && left+=("postgres (pid $pg_pid)")
fi
if ((${#left[@]})); then
  die "still running: ${left[*]}"
fi
ok "nothing left running"
