#!/usr/bin/env bash
# THE test command (README; CI runs it through .ci/run):
#   bash infra/test.sh [extra dotnet test arguments, e.g. --filter Category!=Browser]
#
# 1. installs what is missing (rabbitmq-server, postgresql, chromium for the browser tests, node/npm for
#    the Web app's front-end build) with apt
# 2. starts a throwaway PostgreSQL 15 cluster and a throwaway RabbitMQ node, loopback only
# 3. exports SUPPLIERDD_TEST_POSTGRES, SUPPLIERDD_TEST_RABBITMQ, SUPPLIERDD_TEST_RABBITMQCTL
# 4. runs dotnet test SupplierDD.sln -c Release "$@"
# 5. prints "Total: N passed, M failed, K skipped", stops both servers (also on failure or Ctrl-C)
#    and exits with dotnet test's exit code (non-zero as well when no test ran).
#
# Ports (override with these variables; the next free port is used when one is taken):
#   SUPPLIERDD_TEST_POSTGRES_PORT=55432  SUPPLIERDD_TEST_RABBITMQ_PORT=55672
#   SUPPLIERDD_TEST_RABBITMQ_DIST_PORT=55673  SUPPLIERDD_TEST_RABBITMQ_MGMT_PORT=55674 (0 = no management plugin)
# SUPPLIERDD_KEEP_TEST_TMP=1 keeps the temp folder (server logs, dotnet-test.log) for a look afterwards.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SDD_LOG_TAG="test"
# shellcheck source=lib/common.sh
source "$ROOT/infra/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$ROOT/infra/lib/postgres.sh"
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/infra/lib/rabbitmq.sh"

TEST_TMP="$(mktemp -d "${TMPDIR:-/tmp}/supplierdd-test.XXXXXX")"
# The postgres OS user must be able to traverse into its cluster folder below this one.
chmod 711 "$TEST_TMP"

cleanup() {
  local rc=$?
  trap - INT TERM ERR
  set +e
  rmq_stop "$TEST_TMP/rabbitmq"
  pg_stop "$TEST_TMP/postgres"
  if [[ "${SUPPLIERDD_KEEP_TEST_TMP:-}" == 1 ]]; then
    sdd_log "kept $TEST_TMP (server logs and dotnet-test.log)"
  else
    rm -rf "$TEST_TMP"
  fi
  return "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Unexpected failures name their line; functions that fail on purpose have said why already.
trap 'case "$BASH_COMMAND" in return*|sdd_fail*) ;; *) sdd_err "failed at line $LINENO: $BASH_COMMAND" ;; esac' ERR

# Browser tests (Microsoft.Playwright, tests/Web.BrowserTests) use Debian's chromium, never a browser download.
install_chromium_for_browser_tests() {
  if [[ ! -x /usr/bin/chromium ]]; then
    sdd_apt_install chromium
  fi
  # A CJK font, so the screenshots of the Chinese portal show characters rather than boxes.
  if ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
    sdd_apt_install fonts-wqy-microhei
  fi
  export SUPPLIERDD_TEST_CHROMIUM=/usr/bin/chromium
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    sdd_fail "the .NET SDK is not on PATH; install the SDK version named in global.json"
    return 1
  fi
  [[ -f "$ROOT/SupplierDD.sln" ]] || { sdd_fail "SupplierDD.sln not found in $ROOT"; return 1; }
}

# Sums the VSTest per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ...").
# Sets PASSED FAILED SKIPPED RUNS (number of summary lines found).
summarize() {
  local log="$1" line re_vstest re_tl
  PASSED=0 FAILED=0 SKIPPED=0 RUNS=0
  re_vstest='(Passed|Failed|Skipped)![[:space:]]+-[[:space:]]+Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+),[[:space:]]*Total:[[:space:]]*([0-9]+)'
  while IFS= read -r line; do
    if [[ "$line" =~ $re_vstest ]]; then
      FAILED=$((FAILED + BASH_REMATCH[2])); PASSED=$((PASSED + BASH_REMATCH[3])); SKIPPED=$((SKIPPED + BASH_REMATCH[4]))
      RUNS=$((RUNS + 1))
    fi
  done < <(sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' -e 's/\r$//' "$log")
  if ((RUNS == 0)); then
    # MSBuild's terminal logger prints one line for the whole run instead.
    re_tl='Test summary:[[:space:]]*total:[[:space:]]*([0-9]+),[[:space:]]*failed:[[:space:]]*([0-9]+),[[:space:]]*succeeded:[[:space:]]*([0-9]+),[[:space:]]*skipped:[[:space:]]*([0-9]+)'
    while IFS= read -r line; do
      if [[ "$line" =~ $re_tl ]]; then
        FAILED=$((FAILED + BASH_REMATCH[2])); PASSED=$((PASSED + BASH_REMATCH[3])); SKIPPED=$((SKIPPED + BASH_REMATCH[4]))
        RUNS=$((RUNS + 1))
      fi
    done < <(sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' -e 's/\r$//' "$log")
  fi
}

require_dotnet
# Install everything before starting anything, so apt-get update runs at most once.
pg_install_if_missing
rmq_install_if_missing
install_chromium_for_browser_tests
sdd_require_node

# (Plain assignments, not VAR=x func prefixes: the functions update these variables.)
PG_PORT="${SUPPLIERDD_TEST_POSTGRES_PORT:-55432}"
pg_start "$TEST_TMP/postgres"
RMQ_NODE_NAME="supplierdd-test-$$"
RMQ_PORT="${SUPPLIERDD_TEST_RABBITMQ_PORT:-55672}"
RMQ_DIST_PORT="${SUPPLIERDD_TEST_RABBITMQ_DIST_PORT:-}"
RMQ_MGMT_PORT="${SUPPLIERDD_TEST_RABBITMQ_MGMT_PORT:-}"
rmq_start "$TEST_TMP/rabbitmq"

export SUPPLIERDD_TEST_POSTGRES="$PG_CONN"
export SUPPLIERDD_TEST_RABBITMQ="$RMQ_URL"
export SUPPLIERDD_TEST_RABBITMQCTL="$RMQ_CTL"
if [[ "$RMQ_MGMT_PORT" != 0 ]]; then export SUPPLIERDD_TEST_RABBITMQ_MANAGEMENT="http://127.0.0.1:$RMQ_MGMT_PORT/"; fi
sdd_log "SUPPLIERDD_TEST_POSTGRES=$SUPPLIERDD_TEST_POSTGRES"
sdd_log "SUPPLIERDD_TEST_RABBITMQ=$SUPPLIERDD_TEST_RABBITMQ"
sdd_log "SUPPLIERDD_TEST_RABBITMQCTL=$SUPPLIERDD_TEST_RABBITMQCTL"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No vendor telemetry from MassTransit test harnesses either (the services turn it off in code).
export MASSTRANSIT_USAGE_TELEMETRY=false
# English runner output, so the summary lines below can be read.
export DOTNET_CLI_UI_LANGUAGE=en-US VSLANG=1033
# MSBuild worker nodes and the compiler server exit with the build instead of lingering for the
# next one (measured: no slower here), so nothing of the run is left behind.
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false
# Playwright must never download a browser: tests point it at Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log="$TEST_TMP/dotnet-test.log"
# From here on failures are dotnet test's to report, with the summary below.
trap - ERR
sdd_log "dotnet test SupplierDD.sln -c Release $*"
set +e
# tee ignores Ctrl-C so dotnet's own cancellation output still reaches the screen and the log.
dotnet test SupplierDD.sln -c Release "$@" </dev/null 2>&1 | (trap '' INT; exec tee "$log")
rc=${PIPESTATUS[0]}
set -e

summarize "$log"
echo
if compgen -G "$ROOT/tests/Web.BrowserTests/TestResults/screenshots/*.png" >/dev/null; then
  echo "Browser test screenshots: tests/Web.BrowserTests/TestResults/screenshots/"
fi
echo "Total: $PASSED passed, $FAILED failed, $SKIPPED skipped"
if ((RUNS == 0 || PASSED + FAILED + SKIPPED == 0)); then
  if ((rc != 0)); then
    echo "No test ran: dotnet test failed (exit code $rc) before running any test; see the output above."
  else
    echo "No test ran: dotnet test found no tests in SupplierDD.sln."
    rc=1
  fi
elif ((rc == 0 && FAILED > 0)); then
  rc=1
fi
exit "$rc"
