#!/usr/bin/env bash
# Builds service executables and lays each one out with what it needs at run time:
#   deploy/build.sh <debug|release> <outdir> [service...]
# gives, for every service (all four when none is named):
#   <outdir>/<service>/<service>          the executable
#   <outdir>/<service>/*.resources        SwiftPM resource bundles (Bundle.module looks beside the binary)
#   <outdir>/<service>/migrations/*.sql   its SQL migrations (point MIGRATIONS_DIR here)
# The Dockerfile runs it in release mode; Tests/Deploy runs it in debug mode.
# SWIFT_BUILD_FLAGS adds flags to every `swift build` (e.g. --static-swift-stdlib).
set -euo pipefail

usage() { echo "usage: $0 <debug|release> <outdir> [service...]" >&2; exit 2; }
(($# >= 2)) || usage
config="$1"
outdir="$2"
shift 2
[[ "$config" == debug || "$config" == release ]] || usage

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ALL=(contacts-service internationalisation-service networking-service innovation-service)
services=("$@")
((${#services[@]})) || services=("${ALL[@]}")
for s in "${services[@]}"; do
  [[ " ${ALL[*]} " == *" $s "* ]] || { echo "unknown service '$s' (one of: ${ALL[*]})" >&2; exit 2; }
done

mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"  # absolute, before the cd below
cd "$ROOT"

# shellcheck disable=SC2206  # SWIFT_BUILD_FLAGS is a list of words
flags=(-c "$config" ${SWIFT_BUILD_FLAGS:-})
if ((${#services[@]} == ${#ALL[@]})); then
  # One build for everything shares the work between products.
  echo "==> swift build ${flags[*]}"
  swift build "${flags[@]}"
else
  for s in "${services[@]}"; do
    echo "==> swift build ${flags[*]} --product $s"
    swift build "${flags[@]}" --product "$s"
  done
fi
bin="$(swift build "${flags[@]}" --show-bin-path)"

for s in "${services[@]}"; do
  dest="$outdir/$s"
  rm -rf "$dest"
  mkdir -p "$dest/migrations"
  [[ -x "$bin/$s" ]] || { echo "error: $bin/$s was not built" >&2; exit 1; }
  cp "$bin/$s" "$dest/$s"
  # Resource bundles are per target, not per product; copying all of them is simple and small.
  for bundle in "$bin"/*.resources; do
    [[ -e "$bundle" ]] && cp -R "$bundle" "$dest/"
  done
  shopt -s nullglob
  sql=("$ROOT/Services/$s/Migrations/"*.sql)
  shopt -u nullglob
  if ((${#sql[@]})); then
    cp "${sql[@]}" "$dest/migrations/"
  else
    echo "warning: Services/$s/Migrations has no .sql files" >&2
  fi
  echo "==> $dest: $s, ${#sql[@]} migration(s)"
done
