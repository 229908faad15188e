#!/usr/bin/env bash
# Helpers shared by the infra scripts: logging, package installs, free ports, waiting.
# Source it; it defines functions only (prefix sdd_) and sets no shell options.

[[ -n "${_SDD_COMMON_LOADED:-}" ]] && return 0
_SDD_COMMON_LOADED=1

SDD_LOG_TAG="${SDD_LOG_TAG:-infra}"

sdd_log()  { printf '[%s] %s\n' "$SDD_LOG_TAG" "$*" >&2; }
sdd_warn() { printf '[%s] WARNING: %s\n' "$SDD_LOG_TAG" "$*" >&2; }
sdd_err()  { printf '[%s] ERROR: %s\n' "$SDD_LOG_TAG" "$*" >&2; }
# Prints the message and returns 1; callers write `|| return 1` (or run under set -e).
sdd_fail() { sdd_err "$*"; return 1; }

# Prints the last lines of a log file, framed, to stderr (used when something fails to start).
sdd_show_log() {
  local file="$1" lines="${2:-60}"
  if [[ -s "$file" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
    printf -- '----- end of %s -----\n' "$file" >&2
  else
    printf -- '(log %s is empty or missing)\n' "$file" >&2
  fi
}

# Runs a command as root: directly when we are root, else through passwordless sudo.
sdd_as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else sdd_fail "needs root to run: $* (run as root or allow passwordless sudo)"; fi
}

# apt-get update at most once per script run (the flag is exported so child scripts see it too).
sdd_apt_update_once() {
  [[ -n "${SDD_APT_UPDATED:-}" ]] && return 0
  local log="${TMPDIR:-/tmp}/supplierdd-apt-update.$$.log"
  sdd_log "apt-get update (once) ..."
  if ! sdd_as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=180 update >"$log" 2>&1; then
    sdd_show_log "$log" 40
    rm -f "$log"
    sdd_fail "apt-get update failed"
    return 1
  fi
  rm -f "$log"
  export SDD_APT_UPDATED=1
}

# sdd_apt_install PACKAGE... : quiet, non-interactive install; the apt log is shown on failure.
sdd_apt_install() {
  sdd_apt_update_once || return 1
  local log="${TMPDIR:-/tmp}/supplierdd-apt-install.$$.log"
  sdd_log "apt-get install $* ..."
  if ! sdd_as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=180 \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        install "$@" >"$log" 2>&1; then
    sdd_show_log "$log" 40
    rm -f "$log"
    sdd_fail "apt-get install $* failed"
    return 1
  fi
  rm -f "$log"
}

# True when something listens on 127.0.0.1:PORT (or on any address with that port).
sdd_port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# sdd_pick_port PREFERRED [TAKEN...] : prints PREFERRED if free, else the next free port above it
# that is not in the TAKEN list (ports this script already handed out but nothing listens on yet).
sdd_pick_port() {
  local port="$1"; shift
  local limit=$((port + 200)) taken t
  while (( port < limit && port <= 65535 )); do
    taken=0
    for t in "$@"; do [[ "$t" == "$port" ]] && taken=1; done
    if (( ! taken )) && ! sdd_port_in_use "$port"; then
      printf '%s\n' "$port"; return 0
    fi
    port=$((port + 1))
  done
  sdd_fail "no free TCP port found in $1..$((limit - 1))"
}

# sdd_wait_http URL TIMEOUT_SECONDS [PID] : waits for a 2xx answer; gives up early when PID dies.
sdd_wait_http() {
  local url="$1" pid="${3:-}" deadline=$((SECONDS + $2))
  while (( SECONDS < deadline )); do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then return 0; fi
    if [[ -n "$pid" ]] && ! sdd_pid_alive "$pid"; then return 2; fi
    sleep 1
  done
  return 1
}

# True when PID runs (a zombie waiting to be reaped does not count).
sdd_pid_alive() {
  local line state
  read -r line 2>/dev/null <"/proc/$1/stat" || return 1
  line="${line##*) }"
  state="${line%% *}"
  [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

# True when any live (non-zombie) process is in process group PGID.
sdd_group_alive() {
  local pgid="$1" f line state pgrp
  for f in /proc/[0-9]*/stat; do
    read -r line 2>/dev/null <"$f" || continue
    line="${line##*) }"
    read -r state _ pgrp _ <<<"$line"
    if [[ "$pgrp" == "$pgid" && "$state" != Z && "$state" != X ]]; then return 0; fi
  done
  return 1
}

# sdd_kill_group PGID [GRACE_SECONDS] : TERM the process group we started, KILL it after the grace period.
sdd_kill_group() {
  local pgid="$1" grace="${2:-10}" i
  [[ -n "$pgid" && "$pgid" -gt 1 ]] || return 0
  sdd_group_alive "$pgid" || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for ((i = 0; i < grace * 5; i++)); do
    sdd_group_alive "$pgid" || return 0
    sleep 0.2
  done
  sdd_warn "process group $pgid did not stop in ${grace}s; killing it"
  kill -KILL -- "-$pgid" 2>/dev/null || true
  sleep 0.2
}

# sdd_require_node : the Web app's build runs `npm ci` for its front-end libraries (services/Web/package.json);
# installs Debian's nodejs and npm when either is missing.
sdd_require_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    return 0
  fi
  sdd_apt_install nodejs npm
}
