#!/usr/bin/env bash
# The local gateway: nginx on 127.0.0.1:8080 in front of the four services.
#   gateway.sh start                  render .local/gateway/nginx.conf, check it, start (or reload)
#   gateway.sh stop | status
#   gateway.sh render local|compose [OUT]
#                                     print a rendered config (or write it to OUT); the compose
#                                     variant is committed as deploy/gateway/nginx.compose.conf
# Both variants come from deploy/gateway/nginx.conf.template; only paths, user and upstream
# addresses differ. Overrides for the local variant: GATEWAY_LISTEN, CONTACTS_UPSTREAM,
# INTERNATIONALISATION_UPSTREAM, NETWORKING_UPSTREAM, INNOVATION_UPSTREAM, GATEWAY_DIR,
# GATEWAY_PID_FILE, GATEWAY_LOG_DIR (Tests/Deploy runs a second gateway this way).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TEMPLATE="$ROOT/deploy/gateway/nginx.conf.template"
GW_DIR="${GATEWAY_DIR:-$LOCAL_DIR/gateway}"
GW_CONF="$GW_DIR/nginx.conf"
GW_PID="${GATEWAY_PID_FILE:-$RUN_DIR/gateway.pid}"
GW_LOG_DIR="${GATEWAY_LOG_DIR:-$LOG_DIR}"
GW_ERROR_LOG="$GW_LOG_DIR/gateway-error.log"
GW_ACCESS_LOG="$GW_LOG_DIR/gateway-access.log"
GW_LISTEN="${GATEWAY_LISTEN:-127.0.0.1:8080}"

nginx_bin() {
  command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } \
    || die "nginx is not installed (run deploy/local/install-deps.sh)"
}

# The user line of the local variant. As root, workers drop to nobody (they only need the temp
# folder); when nobody cannot reach the work tree (a clone under /root), they stay root.
local_user_directive() {
  if ! is_root; then
    echo "# user: not set; nginx runs as the user who started it"
  elif runuser -u nobody -- test -w "$GW_DIR/temp" 2>/dev/null; then
    echo "user nobody $(id -gn nobody);"
  else
    echo "user root;  # nobody cannot reach $GW_DIR/temp"
  fi
}

# render <local|compose>: prints the template with its @@NAME@@ placeholders filled in.
render() {
  local variant="$1" text
  text="$(<"$TEMPLATE")"
  local -A v
  case "$variant" in
    local)
      [[ "$GW_DIR$GW_PID$GW_LOG_DIR" =~ ^[A-Za-z0-9_./-]+$ ]] || die "the gateway paths under '$GW_DIR' have characters nginx cannot take unquoted"
      v=(
        [USER_DIRECTIVE]="$(local_user_directive)"
        [WORKER_PROCESSES]=1
        [PID_FILE]="$GW_PID"
        [ERROR_LOG]="$GW_ERROR_LOG"
        [ACCESS_LOG]="$GW_ACCESS_LOG"
        [TEMP_DIR]="$GW_DIR/temp"
        [LISTEN]="$GW_LISTEN"
        [CONTACTS_UPSTREAM]="${CONTACTS_UPSTREAM:-127.0.0.1:8081}"
        [INTERNATIONALISATION_UPSTREAM]="${INTERNATIONALISATION_UPSTREAM:-127.0.0.1:8082}"
        [NETWORKING_UPSTREAM]="${NETWORKING_UPSTREAM:-127.0.0.1:8083}"
        [INNOVATION_UPSTREAM]="${INNOVATION_UPSTREAM:-127.0.0.1:8084}"
      )
      ;;
    compose)
      # The official nginx image: user nginx, temp paths under /var/cache/nginx, logs to the
      # container's stdout/stderr, upstreams by compose service name.
      v=(
        [USER_DIRECTIVE]="user nginx;"
        [WORKER_PROCESSES]=auto
        [PID_FILE]=/var/run/nginx.pid
        [ERROR_LOG]=/dev/stderr
        [ACCESS_LOG]=/dev/stdout
        [TEMP_DIR]=/var/cache/nginx
        [LISTEN]=8080
        [CONTACTS_UPSTREAM]=contacts-service:8081
        [INTERNATIONALISATION_UPSTREAM]=internationalisation-service:8082
        [NETWORKING_UPSTREAM]=networking-service:8083
        [INNOVATION_UPSTREAM]=innovation-service:8084
      )
      ;;
    *) die "unknown variant '$variant' (local or compose)" ;;
  esac
  local key
  for key in "${!v[@]}"; do
    text="${text//@@${key}@@/${v[$key]}}"
  done
  [[ "$text" != *@@*@@* ]] || die "unfilled placeholder in $TEMPLATE: $(grep -o '@@[A-Z_]*@@' <<<"$text" | head -n 1)"
  printf '%s\n' "$text"
}

nginx_args() { echo -p "$GW_DIR/" -c "$GW_CONF" -e "$GW_ERROR_LOG"; }

is_running() { pid_alive "$GW_PID" nginx; }

cmd_start() {
  local nginx
  nginx="$(nginx_bin)"
  mkdir -p "$GW_DIR/temp" "$GW_LOG_DIR" "$(dirname "$GW_PID")"
  if is_root; then chown nobody "$GW_DIR/temp"; fi
  render local >"$GW_CONF.new"
  mv "$GW_CONF.new" "$GW_CONF"
  # shellcheck disable=SC2046  # nginx_args prints separate words on purpose (paths are checked above)
  if ! out="$("$nginx" -t -q $(nginx_args) 2>&1)"; then
    echo "$out" >&2
    die "nginx rejects $GW_CONF"
  fi
  if is_running; then
    info "gateway already running: reloading $GW_CONF"
    kill -HUP "$(cat "$GW_PID")"
  else
    local port="${GW_LISTEN##*:}"
    port_in_use "$port" && die "port $port is taken by another process: the gateway cannot listen on $GW_LISTEN"
    info "starting the gateway on http://$GW_LISTEN (logs: $GW_LOG_DIR/gateway-*.log)"
    # shellcheck disable=SC2046
    if ! "$nginx" $(nginx_args); then
      tail -n 20 "$GW_ERROR_LOG" >&2 || true
      die "nginx did not start (log: $GW_ERROR_LOG)"
    fi
  fi
  local waited=0
  until [[ "$(http_status "http://$GW_LISTEN/healthz")" == 200 ]]; do
    ((waited++ < 50)) || { tail -n 20 "$GW_ERROR_LOG" >&2 || true; die "the gateway does not answer on http://$GW_LISTEN/healthz"; }
    sleep 0.1
  done
  ok "gateway ready on http://$GW_LISTEN"
}

cmd_stop() {
  if is_running; then
    info "stopping the gateway"
    stop_pid "$(cat "$GW_PID")" gateway 10
    ok "gateway stopped"
  else
    ok "gateway not running"
  fi
  rm -f "$GW_PID"
}

cmd_status() {
  if is_running; then
    echo "gateway: running (pid $(cat "$GW_PID")) on http://$GW_LISTEN, /healthz $(http_status "http://$GW_LISTEN/healthz")"
  else
    echo "gateway: stopped"
    return 3
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  render)
    [[ $# -ge 2 ]] || die "usage: $0 render local|compose [OUT]"
    if [[ $# -ge 3 ]]; then render "$2" >"$3"; else render "$2"; fi
    ;;
  *) echo "usage: $0 start|stop|status|render local|compose [OUT]" >&2; exit 2 ;;
esac
