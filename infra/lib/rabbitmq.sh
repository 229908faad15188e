#!/usr/bin/env bash
# Throwaway RabbitMQ nodes for tests and the local run.
#
# Source it and call:
#   rmq_install_if_missing        install the Debian package rabbitmq-server when missing (no node is started)
#   rmq_start DIR                 start a node whose files all live in DIR; waits until it accepts AMQP
#   rmq_stop DIR                  stop that node, kill what is left of it, stop epmd if we started it
#   rmq_ctl DIR ARGS...           rabbitmqctl against that node
# Inputs (optional, read by rmq_start):
#   RMQ_NODE_NAME   node name before @localhost   (default supplierdd-<pid>)
#   RMQ_PORT        AMQP port                     (default 55672; the next free port when taken)
#   RMQ_DIST_PORT   Erlang distribution port      (default RMQ_PORT+1)
#   RMQ_MGMT_PORT   management UI/API port, 0=off (default RMQ_PORT+2)
#   RMQ_START_TIMEOUT seconds                     (default 90)
# Outputs (set by rmq_start, also written to DIR/node.env):
#   RMQ_NODE RMQ_PORT RMQ_DIST_PORT RMQ_MGMT_PORT RMQ_URL RMQ_CTL (an executable rabbitmqctl wrapper: DIR/rabbitmqctl)
#
# Run directly for a quick check:  infra/lib/rabbitmq.sh install | start DIR | stop DIR | selftest

_RMQ_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$_RMQ_LIB_DIR/common.sh"

RMQ_SBIN="${RMQ_SBIN:-/usr/lib/rabbitmq/bin}"

rmq_install_if_missing() {
  if [[ -x "$RMQ_SBIN/rabbitmq-server" && -x "$RMQ_SBIN/rabbitmqctl" ]]; then return 0; fi
  sdd_log "rabbitmq-server is not installed; installing it"
  sdd_apt_install rabbitmq-server || return 1
  # Where an init system is running, the package enables and starts a system-wide node on 0.0.0.0:5672.
  # We only use throwaway nodes bound to loopback, so switch that one off.
  if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
    sdd_as_root systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
  fi
  [[ -x "$RMQ_SBIN/rabbitmq-server" ]] || sdd_fail "rabbitmq-server installed but $RMQ_SBIN/rabbitmq-server is missing"
}

_rmq_epmd_port() { printf '%s\n' "${ERL_EPMD_PORT:-4369}"; }

# Writes the environment every rabbitmq command for the node in DIR needs (sourced by the server launch and the ctl wrapper).
_rmq_write_env() {
  local dir="$1"
  {
    echo "# Written by infra/lib/rabbitmq.sh for the throwaway node in this folder."
    printf 'export HOME=%q\n' "$dir"
    printf 'export RABBITMQ_NODENAME=%q\n' "$RMQ_NODE"
    printf 'export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1\n'
    printf 'export RABBITMQ_NODE_PORT=%q\n' "$RMQ_PORT"
    printf 'export RABBITMQ_DIST_PORT=%q\n' "$RMQ_DIST_PORT"
    printf 'export RABBITMQ_MNESIA_BASE=%q\n' "$dir/mnesia"
    printf 'export RABBITMQ_LOG_BASE=%q\n' "$dir/log"
    printf 'export RABBITMQ_PID_FILE=%q\n' "$dir/rabbitmq.pid"
    printf 'export RABBITMQ_ENABLED_PLUGINS_FILE=%q\n' "$dir/enabled_plugins"
    printf 'export RABBITMQ_CONFIG_FILE=%q\n' "$dir/rabbitmq.conf"
    printf 'export RABBITMQ_ADVANCED_CONFIG_FILE=%q\n' "$dir/advanced.config"
    # Keep /etc/rabbitmq/rabbitmq-env.conf (system settings) out of the throwaway node.
    printf 'export RABBITMQ_CONF_ENV_FILE=%q\n' "$dir/rabbitmq-env.conf"
    printf 'export ERL_EPMD_ADDRESS=127.0.0.1\n'
    # Erlang writes erl_crash.dump into the working directory by default; keep it with the logs.
    printf 'export ERL_CRASH_DUMP=%q\n' "$dir/log/erl_crash.dump"
    printf 'export ERL_EPMD_PORT=%q\n' "$(_rmq_epmd_port)"
    printf 'export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=%q\n' "-kernel inet_dist_use_interface {127,0,0,1}"
    # The CLI is an Erlang node too; keep its distribution listener on loopback as well.
    printf 'export RABBITMQ_CTL_ERL_ARGS=%q\n' "-kernel inet_dist_use_interface {127,0,0,1}"
    printf 'export RMQ_DIR=%q RMQ_NODE=%q RMQ_PORT=%q RMQ_DIST_PORT=%q RMQ_MGMT_PORT=%q\n' \
      "$dir" "$RMQ_NODE" "$RMQ_PORT" "$RMQ_DIST_PORT" "$RMQ_MGMT_PORT"
    printf 'export RMQ_URL=%q RMQ_CTL=%q RMQ_OWNS_EPMD=%q\n' "$RMQ_URL" "$dir/rabbitmqctl" "$RMQ_OWNS_EPMD"
  } >"$dir/node.env"

  # The wrapper tests use to simulate an outage: $SUPPLIERDD_TEST_RABBITMQCTL stop_app | start_app | await_startup
  {
    echo '#!/usr/bin/env bash'
    echo "# rabbitmqctl for the throwaway node $RMQ_NODE (written by infra/lib/rabbitmq.sh)."
    printf 'source %q\n' "$dir/node.env"
    printf 'exec %q -n %q "$@"\n' "$RMQ_SBIN/rabbitmqctl" "$RMQ_NODE"
  } >"$dir/rabbitmqctl"
  chmod 755 "$dir/rabbitmqctl"
}

rmq_ctl() {
  local dir="$1"; shift
  "$dir/rabbitmqctl" "$@"
}

# rmq_start DIR
rmq_start() {
  local dir="${1:?usage: rmq_start DIR}" timeout="${RMQ_START_TIMEOUT:-90}"
  rmq_install_if_missing || return 1
  mkdir -p "$dir" || return 1
  dir="$(cd "$dir" && pwd)"
  if [[ -f "$dir/session.pid" ]] && sdd_group_alive "$(cat "$dir/session.pid")"; then
    sdd_fail "a RabbitMQ node from $dir is still running (session $(cat "$dir/session.pid")); stop it with: infra/lib/rabbitmq.sh stop $dir"
    return 1
  fi
  mkdir -p "$dir/mnesia" "$dir/log" || return 1
  rm -f "$dir/rabbitmq.pid" "$dir/session.pid"

  RMQ_NODE="${RMQ_NODE_NAME:-supplierdd-$$}@localhost"
  local want_port="${RMQ_PORT:-55672}"
  RMQ_PORT="$(sdd_pick_port "$want_port")" || return 1
  [[ "$RMQ_PORT" == "$want_port" ]] || sdd_warn "port $want_port is taken; RabbitMQ AMQP uses $RMQ_PORT"
  local want_dist="${RMQ_DIST_PORT:-$((RMQ_PORT + 1))}"
  RMQ_DIST_PORT="$(sdd_pick_port "$want_dist" "$RMQ_PORT")" || return 1
  [[ "$RMQ_DIST_PORT" == "$want_dist" ]] || sdd_warn "port $want_dist is taken; RabbitMQ distribution uses $RMQ_DIST_PORT"
  local want_mgmt="${RMQ_MGMT_PORT:-$((RMQ_PORT + 2))}"
  if [[ "$want_mgmt" == 0 ]]; then
    RMQ_MGMT_PORT=0
  else
    RMQ_MGMT_PORT="$(sdd_pick_port "$want_mgmt" "$RMQ_PORT" "$RMQ_DIST_PORT")" || return 1
    [[ "$RMQ_MGMT_PORT" == "$want_mgmt" ]] || sdd_warn "port $want_mgmt is taken; RabbitMQ management uses $RMQ_MGMT_PORT"
  fi
  RMQ_URL="amqp://guest:guest@127.0.0.1:$RMQ_PORT/"
  RMQ_CTL="$dir/rabbitmqctl"

  # epmd is shared by every Erlang node on the machine: stop it at the end only if we are the ones starting it.
  RMQ_OWNS_EPMD=1
  sdd_port_in_use "$(_rmq_epmd_port)" && RMQ_OWNS_EPMD=0

  {
    echo "# Throwaway node: written by infra/lib/rabbitmq.sh on each start."
    echo "loopback_users.guest = true"
    echo "log.console = false"
    echo "log.file.level = info"
    echo "disk_free_limit.absolute = 50MB"
    if [[ "$RMQ_MGMT_PORT" != 0 ]]; then
      echo "management.tcp.ip = 127.0.0.1"
      echo "management.tcp.port = $RMQ_MGMT_PORT"
    fi
    if [[ -n "${RMQ_EXTRA_CONF:-}" ]]; then printf '%s\n' "$RMQ_EXTRA_CONF"; fi
  } >"$dir/rabbitmq.conf"
  if [[ "$RMQ_MGMT_PORT" != 0 ]]; then echo '[rabbitmq_management].' >"$dir/enabled_plugins"; else echo '[].' >"$dir/enabled_plugins"; fi
  echo "# Intentionally empty: keeps /etc/rabbitmq/rabbitmq-env.conf out of this node." >"$dir/rabbitmq-env.conf"
  echo '[].' >"$dir/advanced.config"
  # Server and CLI must share one cookie; creating it up front avoids both racing to make one.
  if [[ ! -s "$dir/.erlang.cookie" ]]; then
    (umask 077; od -An -tx1 -N20 /dev/urandom | tr -d ' \n' >"$dir/.erlang.cookie")
  fi
  chmod 400 "$dir/.erlang.cookie"
  _rmq_write_env "$dir"

  sdd_log "starting RabbitMQ node $RMQ_NODE (AMQP 127.0.0.1:$RMQ_PORT, dist $RMQ_DIST_PORT$([[ $RMQ_MGMT_PORT != 0 ]] && echo ", management http://127.0.0.1:$RMQ_MGMT_PORT/")) in $dir"
  # Own session and process group: a Ctrl-C in the terminal does not reach the node (we stop it
  # cleanly), and everything it spawned can be found again by the group id in session.pid.
  (
    cd "$dir" || exit 1
    # shellcheck source=/dev/null
    source "$dir/node.env"
    exec setsid bash -c 'echo $$ >"$1/session.pid"; exec "$2"' _ "$dir" "$RMQ_SBIN/rabbitmq-server" \
      </dev/null >"$dir/log/server-console.log" 2>&1
  ) &
  local i
  for ((i = 0; i < 50; i++)); do [[ -s "$dir/session.pid" ]] && break; sleep 0.1; done

  local started=$SECONDS
  if ! timeout "$timeout" "$RMQ_CTL" -q wait --timeout "$timeout" "$dir/rabbitmq.pid" >"$dir/log/ctl-wait.log" 2>&1 \
     || ! timeout "$timeout" "$RMQ_CTL" -q await_startup --timeout "$timeout" >>"$dir/log/ctl-wait.log" 2>&1; then
    sdd_err "RabbitMQ node $RMQ_NODE did not start within ${timeout}s"
    _rmq_show_logs "$dir"
    rmq_stop "$dir" >/dev/null 2>&1 || true
    return 1
  fi
  if [[ "$RMQ_MGMT_PORT" != 0 ]]; then
    for ((i = 0; i < 40; i++)); do
      curl -fsS -o /dev/null --max-time 3 -u guest:guest "http://127.0.0.1:$RMQ_MGMT_PORT/api/overview" 2>/dev/null && break
      sleep 0.5
    done
    ((i < 40)) || sdd_warn "RabbitMQ management API on port $RMQ_MGMT_PORT does not answer (AMQP is up; continuing)"
  fi
  sdd_log "RabbitMQ is ready after $((SECONDS - started))s: $RMQ_URL"
  export RMQ_NODE RMQ_PORT RMQ_DIST_PORT RMQ_MGMT_PORT RMQ_URL RMQ_CTL RMQ_DIR="$dir"
}

_rmq_show_logs() {
  local dir="$1" f
  sdd_show_log "$dir/log/server-console.log" 40
  sdd_show_log "$dir/log/ctl-wait.log" 20
  for f in "$dir"/log/*.log; do
    case "$f" in *server-console.log|*ctl-wait.log) continue ;; esac
    if [[ -f "$f" ]]; then sdd_show_log "$f" 60; fi
  done
}

# rmq_stop DIR : safe to call twice, or on a DIR whose node never started.
rmq_stop() {
  local dir="${1:?usage: rmq_stop DIR}" session="" node="" owns_epmd=0
  [[ -d "$dir" ]] || return 0
  [[ -s "$dir/session.pid" ]] && session="$(cat "$dir/session.pid")"
  if [[ -f "$dir/node.env" ]]; then
    node="$(. "$dir/node.env" && echo "$RMQ_NODE")"
    owns_epmd="$(. "$dir/node.env" && echo "${RMQ_OWNS_EPMD:-0}")"
  fi
  if [[ -n "$session" ]] && sdd_group_alive "$session"; then
    sdd_log "stopping RabbitMQ node $node"
    # `stop PIDFILE` returns once the OS process is gone; bounded so a wedged node cannot hang cleanup.
    if [[ -s "$dir/rabbitmq.pid" ]]; then
      timeout 30 "$dir/rabbitmqctl" -q stop "$dir/rabbitmq.pid" >>"$dir/log/ctl-stop.log" 2>&1 || true
    else
      timeout 30 "$dir/rabbitmqctl" -q stop >>"$dir/log/ctl-stop.log" 2>&1 || true
    fi
    sdd_kill_group "$session" 10
  fi
  rm -f "$dir/session.pid"
  if [[ "$owns_epmd" == 1 ]] && command -v epmd >/dev/null 2>&1; then
    # epmd refuses to die while other nodes are registered, so this never pulls it from under someone else.
    (source "$dir/node.env"; epmd -kill >/dev/null 2>&1) || true
  fi
  return 0
}

_rmq_main() {
  set -euo pipefail
  local cmd="${1:-}"
  case "$cmd" in
    install) rmq_install_if_missing ;;
    start)
      [[ $# -ge 2 ]] || { echo "usage: $0 start DIR" >&2; exit 2; }
      rmq_start "$2"
      echo "started; environment in $RMQ_DIR/node.env, ctl wrapper $RMQ_CTL"
      echo "RMQ_URL=$RMQ_URL"
      echo "stop with: $0 stop $RMQ_DIR" ;;
    stop)
      [[ $# -ge 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }
      rmq_stop "$2" ;;
    selftest)
      tmp="$(mktemp -d "${TMPDIR:-/tmp}/supplierdd-rmq-selftest.XXXXXX")"
      trap 'rmq_stop "$tmp/rabbitmq"; rm -rf "$tmp"' EXIT
      trap 'exit 130' INT; trap 'exit 143' TERM
      rmq_start "$tmp/rabbitmq"
      "$RMQ_CTL" -q status >/dev/null && echo "status: ok"
      "$RMQ_CTL" -q stop_app && echo "stop_app: ok"
      if (exec 3<>"/dev/tcp/127.0.0.1/$RMQ_PORT") 2>/dev/null; then echo "AMQP port still open after stop_app" >&2; exit 1; fi
      "$RMQ_CTL" -q start_app && "$RMQ_CTL" -q await_startup && echo "start_app + await_startup: ok"
      (exec 3<>"/dev/tcp/127.0.0.1/$RMQ_PORT") && echo "AMQP port $RMQ_PORT open: ok"
      [[ "$RMQ_MGMT_PORT" == 0 ]] || { curl -fsS -u guest:guest "http://127.0.0.1:$RMQ_MGMT_PORT/api/overview" >/dev/null && echo "management API: ok"; }
      rmq_stop "$tmp/rabbitmq"
      if sdd_port_in_use "$RMQ_PORT" || sdd_port_in_use "$RMQ_DIST_PORT"; then echo "ports still in use after stop" >&2; exit 1; fi
      echo "selftest passed" ;;
    *) echo "usage: $0 install | start DIR | stop DIR | selftest" >&2; exit 2 ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then _rmq_main "$@"; fi
