#!/usr/bin/env bash
# Installs what the local run and the tests need, only what is missing:
# Debian packages (PostgreSQL, nginx, the C libraries the Swift build links) and a Python venv
# in .local/venv with the test and validation tools. Safe to run again: it then does nothing.
# --bench adds the load generator of the benchmarks (wrk; pgbench comes with postgresql).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# libpq-dev/libcurl4-openssl-dev: linked by the Swift targets; postgresql(-contrib): the local
# cluster with unaccent and pg_trgm; nginx: the gateway; curl: readiness probes in the scripts;
# and the shell linter that Tests/Deploy runs over these scripts.
APT_PACKAGES=(libpq-dev libcurl4-openssl-dev postgresql postgresql-contrib nginx curl shellcheck)
case "${1:-}" in
  --bench) APT_PACKAGES+=(wrk) ;;
  "") ;;
  *) die "usage: install-deps.sh [--bench]" ;;
esac

apt_installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }

APT_UPDATED=0
apt_install() {
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null || die "missing Debian packages: $*. Run as root: apt-get update && apt-get install -y $*"
    sudo=(sudo)
  fi
  if ((APT_UPDATED == 0)); then
    info "apt-get update"
    "${sudo[@]}" apt-get update -qq
    APT_UPDATED=1
  fi
  info "apt-get install $*"
  # Debian's postgresql and nginx packages try to start their default services; that is
  # harmless here (ports 5432 and 80) and we never use them.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  apt_installed "$pkg" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  apt_install "${missing[@]}"
else
  ok "Debian packages present: ${APT_PACKAGES[*]}"
fi
[[ -x "$(pg_bin_dir)/initdb" ]] || die "initdb not found in $(pg_bin_dir)"
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || die "nginx is not installed"

# The venv is rebuilt only when requirements-tools.txt changes (its hash is stamped in the venv).
REQUIREMENTS="$ROOT/deploy/local/requirements-tools.txt"
STAMP="$VENV/.civiclink-requirements.sha256"
want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [[ -x "$VENV/bin/python" ]] && [[ -f "$STAMP" ]] && [[ "$(cat "$STAMP")" == "$want" ]] \
  && "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  ok "Python tools present in $VENV"
  exit 0
fi

command -v python3 >/dev/null || apt_install python3
mkdir -p "$LOCAL_DIR"
if [[ ! -x "$VENV/bin/python" ]]; then
  info "creating the Python venv $VENV"
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    # Debian's own python3 needs python3-venv for ensurepip.
    rm -rf "$VENV"
    apt_install python3-venv
    python3 -m venv "$VENV"
  fi
fi
info "installing the Python tools into $VENV (from PyPI)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
for tool in schemathesis check-jsonschema hadolint yamllint openapi-spec-validator pytest; do
  [[ -x "$VENV/bin/$tool" ]] || die "$tool is missing from $VENV/bin after pip install"
done
echo "$want" >"$STAMP"
ok "Python tools installed in $VENV"
