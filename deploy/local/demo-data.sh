#!/usr/bin/env bash
# Loads the demo data: for each service, deploy/demo/<service>.sql (e.g. contacts-service.sql;
# the schema name, contacts.sql, is accepted too) is applied as that service's own role, so the
# role's search_path and grants apply exactly as for the service. The files are idempotent
# (ON CONFLICT DO NOTHING); run after the services have applied their migrations.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PSQL="$(pg_bin_dir)/psql"
export_env_file
loaded=0
for name in "${SERVICES[@]}"; do
  file="$ROOT/deploy/demo/$name.sql"
  [[ -f "$file" ]] || file="$ROOT/deploy/demo/${name%-service}.sql"
  [[ -f "$file" ]] || continue
  key="$(service_password_key "$name")"
  info "demo data for $name: ${file#"$ROOT"/}"
  PGPASSWORD="${!key}" PGAPPNAME=civiclink-demo-data PGOPTIONS="-c client_min_messages=warning" "$PSQL" -X -q -w \
    -h "$DB_HOST" -p "$DB_PORT" -U "$(service_role "$name")" -d "$DB_NAME" \
    -v ON_ERROR_STOP=1 -f "$file" >/dev/null \
    || die "loading $file as $(service_role "$name") failed"
  loaded=$((loaded + 1))
done
if ((loaded == 0)); then
  ok "no demo data files in deploy/demo/"
else
  ok "demo data loaded ($loaded file(s))"
fi
