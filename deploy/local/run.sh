#!/usr/bin/env bash
# `make run`: everything needed for a local CivicLink, then returns once it is all ready:
# dependencies, PostgreSQL, the four services, demo data, the gateway on 127.0.0.1:8080.
# Stop it all with `make stop` (deploy/local/stop.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$ROOT/deploy/local"

"$HERE/install-deps.sh"
"$HERE/postgres.sh" start
"$HERE/services.sh" start
"$HERE/demo-data.sh"
"$HERE/gateway.sh" start

cat <<EOT

CivicLink is running.
  gateway:   http://127.0.0.1:8080  (contacts, internationalisation, networking, innovation under /v1/...)
  services:  127.0.0.1:8081-8084 (/healthz, /readyz, /metrics on each)
  postgres:  127.0.0.1:$(env_get DB_PORT), database $(env_get DB_NAME); credentials in ${ENV_FILE#"$ROOT"/}
  logs:      ${LOG_DIR#"$ROOT"/}/ (make logs)

Try:
  curl -H "Authorization: Bearer \$(make -s token)" "http://127.0.0.1:8080/v1/contacts/organisations?q=lodz"
  make -s token ROLE=broker        # a token with another role
  make stop                        # stop everything
EOT
