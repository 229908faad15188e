#!/usr/bin/env bash
# Throwaway PostgreSQL clusters for tests.
#
# Source it and call:
#   pg_install_if_missing   find PostgreSQL 15 binaries, installing the Debian package `postgresql` when missing
#   pg_start DIR            initdb + start a cluster whose files all live in DIR; waits until it accepts connections
#   pg_stop DIR             stop it (fast, then immediate, then kill); safe to call twice
# Inputs (optional, read by pg_start):
#   PG_PORT            port (default 55432; the next free port when taken)
#   PG_MAX_CONNECTIONS (default 300)
#   PG_BIN             folder with initdb/pg_ctl (default /usr/lib/postgresql/15/bin)
# Outputs (set by pg_start, also written to DIR/pg.env):
#   PG_PORT PG_CONN (Npgsql connection string, superuser postgres) PG_URL (libpq URL)
#
# The cluster is for tests only: trust authentication on 127.0.0.1, fsync=off.
# Run directly for a quick check:  infra/lib/postgres.sh install | start DIR | stop DIR | selftest

_PG_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$_PG_LIB_DIR/common.sh"

PG_VERSION="${PG_VERSION:-15}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/$PG_VERSION/bin}"

pg_install_if_missing() {
  if [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] && id postgres >/dev/null 2>&1; then return 0; fi
  sdd_log "PostgreSQL $PG_VERSION is not installed; installing it"
  # The package would create and start a 'main' cluster on port 5432; we only use throwaway clusters.
  local marker=/etc/postgresql-common/createcluster.d/zz-supplierdd-no-main-cluster.conf created_marker=0
  if [[ ! -e "$marker" ]]; then
    sdd_as_root mkdir -p /etc/postgresql-common/createcluster.d &&
      echo "create_main_cluster = false" | sdd_as_root tee "$marker" >/dev/null && created_marker=1
  fi
  local rc=0
  sdd_apt_install postgresql || rc=1
  if ((created_marker)); then sdd_as_root rm -f "$marker"; fi
  ((rc == 0)) || return 1
  # Belt and braces: stop and disable any cluster the package started anyway.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    local ver name _rest
    while read -r ver name _rest; do
      [[ -n "$ver" && -n "$name" ]] || continue
      sdd_log "stopping and disabling the packaged cluster $ver/$name"
      sdd_as_root pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || true
      if [[ -f "/etc/postgresql/$ver/$name/start.conf" ]]; then
        echo manual | sdd_as_root tee "/etc/postgresql/$ver/$name/start.conf" >/dev/null || true
      fi
    done < <(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1, $2 }')
  fi
  [[ -x "$PG_BIN/initdb" ]] || sdd_fail "PostgreSQL installed but $PG_BIN/initdb is missing (is the packaged version $PG_VERSION? set PG_BIN)"
}

# Runs a PostgreSQL binary as the postgres OS user (initdb refuses root), or as ourselves when not root.
_pg_run() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DIR
pg_start() {
  local dir="${1:?usage: pg_start DIR}"
  pg_install_if_missing || return 1
  mkdir -p "$dir" || return 1
  dir="$(cd "$dir" && pwd)"
  if [[ -f "$dir/data/postmaster.pid" ]] && _pg_run "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    sdd_fail "a PostgreSQL cluster from $dir is still running; stop it with: infra/lib/postgres.sh stop $dir"
    return 1
  fi
  rm -rf "$dir/data"
  if [[ $EUID -eq 0 ]]; then
    chown postgres: "$dir" && chmod 700 "$dir" || return 1
    if ! runuser -u postgres -- test -w "$dir"; then
      sdd_fail "the postgres OS user cannot write $dir: every parent folder must be traversable by it (e.g. chmod 711 on a mktemp -d folder)"
      return 1
    fi
  fi

  local want="${PG_PORT:-55432}"
  PG_PORT="$(sdd_pick_port "$want")" || return 1
  [[ "$PG_PORT" == "$want" ]] || sdd_warn "port $want is taken; PostgreSQL uses $PG_PORT"

  sdd_log "starting PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT in $dir"
  local started=$SECONDS
  if ! _pg_run "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1; then
    sdd_err "initdb failed"
    sdd_show_log "$dir/initdb.log" 40
    return 1
  fi
  # Throwaway test cluster: loopback only, our own socket folder, durability off for speed.
  _pg_run tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# --- added by infra/lib/postgres.sh (throwaway test cluster) ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$dir'
max_connections = ${PG_MAX_CONNECTIONS:-300}
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
log_min_error_statement = error
EOF
  {
    echo "# Written by infra/lib/postgres.sh for the throwaway cluster in this folder."
    printf 'export PG_DIR=%q PG_BIN=%q PG_PORT=%q\n' "$dir" "$PG_BIN" "$PG_PORT"
    printf 'export PG_CONN=%q\n' "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
    printf 'export PG_URL=%q\n' "postgresql://postgres:postgres@127.0.0.1:$PG_PORT/postgres"
  } | _pg_run tee "$dir/pg.env" >/dev/null

  if ! _pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -s start >"$dir/pg_ctl.log" 2>&1; then
    sdd_err "PostgreSQL did not start"
    sdd_show_log "$dir/pg_ctl.log" 20
    sdd_show_log "$dir/postgres.log" 60
    pg_stop "$dir" >/dev/null 2>&1 || true
    return 1
  fi
  # The connection string carries a password: set it, so switching pg_hba.conf to md5/scram keeps working.
  if ! _pg_run "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "ALTER USER postgres PASSWORD 'postgres'" >>"$dir/pg_ctl.log" 2>&1; then
    sdd_err "PostgreSQL started but does not accept connections on 127.0.0.1:$PG_PORT"
    sdd_show_log "$dir/pg_ctl.log" 20
    sdd_show_log "$dir/postgres.log" 60
    pg_stop "$dir" >/dev/null 2>&1 || true
    return 1
  fi
  PG_CONN="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
  PG_URL="postgresql://postgres:postgres@127.0.0.1:$PG_PORT/postgres"
  export PG_DIR="$dir" PG_PORT PG_CONN PG_URL
  sdd_log "PostgreSQL is ready after $((SECONDS - started))s: $PG_CONN"
}

# pg_stop DIR : safe to call twice, or on a DIR whose cluster never started.
pg_stop() {
  local dir="${1:?usage: pg_stop DIR}" pid
  [[ -f "$dir/data/postmaster.pid" ]] || return 0
  pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
  sdd_log "stopping PostgreSQL in $dir"
  _pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 20 -s stop >/dev/null 2>&1 ||
    _pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 10 -s stop >/dev/null 2>&1 || true
  if [[ -n "$pid" ]] && sdd_pid_alive "$pid"; then
    sdd_warn "postmaster $pid still running; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  return 0
}

_pg_main() {
  set -euo pipefail
  case "${1:-}" in
    install) pg_install_if_missing ;;
    start)
      [[ $# -ge 2 ]] || { echo "usage: $0 start DIR" >&2; exit 2; }
      pg_start "$2"
      echo "PG_CONN=$PG_CONN"
      echo "stop with: $0 stop $PG_DIR" ;;
    stop)
      [[ $# -ge 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }
      pg_stop "$2" ;;
    selftest)
      tmp="$(mktemp -d "${TMPDIR:-/tmp}/supplierdd-pg-selftest.XXXXXX")"
      chmod 711 "$tmp"
      trap 'pg_stop "$tmp/postgres"; rm -rf "$tmp"' EXIT
      trap 'exit 130' INT; trap 'exit 143' TERM
      pg_start "$tmp/postgres"
      _pg_run "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE selftest" -c "SELECT 1" >/dev/null && echo "CREATE DATABASE over TCP: ok"
      [[ "$(_pg_run "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'SHOW max_connections')" == "${PG_MAX_CONNECTIONS:-300}" ]] && echo "max_connections: ok"
      [[ "$(_pg_run "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'SHOW fsync')" == off ]] && echo "fsync off: ok"
      pg_stop "$tmp/postgres"
      if sdd_port_in_use "$PG_PORT"; then echo "port $PG_PORT still in use after stop" >&2; exit 1; fi
      echo "selftest passed" ;;
    *) echo "usage: $0 install | start DIR | stop DIR | selftest" >&2; exit 2 ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then _pg_main "$@"; fi
