#!/usr/bin/env bash
# Benchmarks of the Supplier registry and of risk scoring (docs/benchmarks.md):
#   bash infra/bench.sh            full size (100k suppliers + 300k links; ~10 minutes on 2 cores)
#   bash infra/bench.sh --risk     risk scoring: screening, full re-score, registry change seen downstream (add --quick for a short run)
#   bash infra/bench.sh --quick    smaller sizes (~2 minutes), for trying changes
#   bash infra/bench.sh --only trace,outbox   (any runner argument: see tests/Benchmarks/BenchOptions.cs)
#
# 1. builds tests/Benchmarks (and with it services/SupplierRegistry and services/RiskScoring) in Release
# 2. starts a throwaway PostgreSQL 15 cluster and a throwaway RabbitMQ node, loopback only
# 3. runs the load runner, which starts the service as its own process, measures each benchmark
#    against its raw floor on the same servers, and rewrites the results section of docs/benchmarks.md
# 4. stops everything it started (also on failure or Ctrl-C) and exits with the runner's exit code
#
# Ports (the next free port is used when one is taken):
#   SUPPLIERDD_BENCH_POSTGRES_PORT=57432  SUPPLIERDD_BENCH_RABBITMQ_PORT=57672 (distribution port +1)
# SUPPLIERDD_BENCH_OUTPUT=path writes the results elsewhere (default docs/benchmarks.md; empty = print only).
# SUPPLIERDD_KEEP_BENCH_TMP=1 keeps the temp folder (server logs, service.log, CSVs, bench.log).
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SDD_LOG_TAG=bench
# shellcheck source=lib/common.sh
source "$ROOT/infra/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$ROOT/infra/lib/postgres.sh"
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/infra/lib/rabbitmq.sh"

BENCH_TMP="$(mktemp -d "${TMPDIR:-/tmp}/supplierdd-bench.XXXXXX")"
# The postgres OS user must be able to traverse into its cluster folder below this one.
chmod 711 "$BENCH_TMP"
mkdir -p "$BENCH_TMP/run"

cleanup() {
  local rc=$?
  trap - INT TERM ERR
  set +e
  # The runner stops the services it started; if the runner itself was killed, stop those processes here.
  local pid_file pid
  while IFS= read -r pid_file; do
    pid="$(cat "$pid_file")"
    if sdd_pid_alive "$pid" && grep -qE 'SupplierRegistry|RiskScoring' "/proc/$pid/cmdline" 2>/dev/null; then
      sdd_warn "a service (pid $pid) is still running; stopping it"
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 50); do sdd_pid_alive "$pid" || break; sleep 0.2; done
      sdd_pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null
    fi
  done < <(find "$BENCH_TMP/run" -name service.pid -size +0 2>/dev/null)
  rmq_stop "$BENCH_TMP/rabbitmq"
  pg_stop "$BENCH_TMP/postgres"
  if [[ "${SUPPLIERDD_KEEP_BENCH_TMP:-}" == 1 ]]; then
    sdd_log "kept $BENCH_TMP (server logs, work/service.log, work/*.csv, bench.log)"
  else
    rm -rf "$BENCH_TMP"
  fi
  return "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'sdd_err "failed at line $LINENO: $BASH_COMMAND"' ERR

command -v dotnet >/dev/null 2>&1 || { sdd_fail "the .NET SDK is not on PATH"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Build servers exit with the build, so nothing lingers and competes for the 2 cores while measuring.
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false
# Install both before starting either, so apt-get update runs at most once.
pg_install_if_missing
rmq_install_if_missing

sdd_log "building tests/Benchmarks (Release) ..."
if ! dotnet build "$ROOT/tests/Benchmarks/Benchmarks.csproj" -c Release -nologo -v quiet >"$BENCH_TMP/build.log" 2>&1; then
  sdd_show_log "$BENCH_TMP/build.log" 60
  sdd_fail "build failed"
  exit 1
fi

# (Plain assignments, not VAR=x func prefixes: the functions update these variables.)
PG_PORT="${SUPPLIERDD_BENCH_POSTGRES_PORT:-57432}"
pg_start "$BENCH_TMP/postgres"
RMQ_NODE_NAME="supplierdd-bench-$$"
RMQ_PORT="${SUPPLIERDD_BENCH_RABBITMQ_PORT:-57672}"
RMQ_DIST_PORT="${SUPPLIERDD_BENCH_RABBITMQ_DIST_PORT:-}"
# No management plugin: it would only add CPU load to what is measured.
RMQ_MGMT_PORT=0
if ! rmq_start "$BENCH_TMP/rabbitmq"; then
  # A port picked as free can be taken by someone else before the node listens on it: try once more, higher up.
  sdd_warn "retrying RabbitMQ on other ports"
  rmq_stop "$BENCH_TMP/rabbitmq"
  RMQ_PORT=$((RMQ_PORT + 10)) RMQ_DIST_PORT=""
  rmq_start "$BENCH_TMP/rabbitmq"
fi

output_args=()
output="${SUPPLIERDD_BENCH_OUTPUT-$ROOT/docs/benchmarks.md}"
[[ -n "$output" ]] && output_args=(--output "$output")

sdd_log "running the benchmarks ..."
trap - ERR
set +e
dotnet "$ROOT/tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll" \
  --postgres "$PG_CONN" --rabbitmq-port "$RMQ_PORT" --pg-dir "$PG_DIR" --rmq-dir "$RMQ_DIR" \
  --repo "$ROOT" --work "$BENCH_TMP/run" "${output_args[@]}" "$@" </dev/null 2>&1 | (trap '' INT; exec tee "$BENCH_TMP/bench.log")
rc=${PIPESTATUS[0]}
set -e
if ((rc != 0)); then
  sdd_err "the runner exited with $rc"
  [[ -f "$BENCH_TMP/run/service.log" ]] && sdd_show_log "$BENCH_TMP/run/service.log" 40
fi
exit "$rc"
