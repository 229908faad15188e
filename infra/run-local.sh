#!/usr/bin/env bash
# THE run command (README):  bash infra/run-local.sh
#
# Runs the whole platform on this machine: a local RabbitMQ node (installed with apt when missing,
# files under .data/rabbitmq) unless one already answers, every service that exists in the table
# below on SQLite files under .data/, demo data seeded into an empty registry. Ctrl-C stops the
# services and the RabbitMQ node this script started. Logs: .data/logs/.
#
# Settings (environment):
#   SUPPLIERDD_RABBITMQ_PORT   AMQP port (default 5672; a free port is picked when 5672 is taken by something that is not RabbitMQ)
#   SUPPLIERDD_RABBITMQ_MGMT_PORT  management UI port (default 15672, 0 = off)
#   AUTH_SIGNING_KEY           JWT signing key (default: the development key)
#   SUPPLIERDD_SEED_DEMO=0     do not import infra/demo/*.csv into an empty registry
#   SUPPLIERDD_SKIP_BUILD=1    skip `dotnet build` (use the last Debug build)
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SDD_LOG_TAG=run-local
# shellcheck source=lib/common.sh
source "$ROOT/infra/lib/common.sh"
# shellcheck source=lib/rabbitmq.sh
source "$ROOT/infra/lib/rabbitmq.sh"

# ---------------------------------------------------------------------------------------------
# Services: one line each. Only those whose folder exists are started.
#   name                    folder                           port  connection string name
SERVICES=(
  "SupplierRegistry        services/SupplierRegistry        5101  SupplierRegistryDb"
  "QuestionnaireCampaigns  services/QuestionnaireCampaigns  5102  QuestionnaireCampaignsDb"
  "DocumentCollection      services/DocumentCollection      5103  DocumentCollectionDb"
  "RiskScoring             services/RiskScoring             5104  RiskScoringDb"
  "Web                     services/Web                     5000  WebDb"
)
# ---------------------------------------------------------------------------------------------

DEV_SIGNING_KEY="supplierdd-development-signing-key-not-for-production-0123456789"
AUTH_KEY="${AUTH_SIGNING_KEY:-$DEV_SIGNING_KEY}"
DATA="$ROOT/.data"
LOGS="$DATA/logs"
RABBIT_DIR="$DATA/rabbitmq"
READY_TIMEOUT="${SUPPLIERDD_READY_TIMEOUT:-180}"

mkdir -p "$LOGS" "$DATA/imports"

declare -a RUN_NAMES=() RUN_PORTS=() RUN_PGIDS=() RUN_SLUGS=()
STARTED_RABBIT=0

# SupplierRegistry -> supplier-registry (file names under .data/).
slug() { sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' <<<"$1" | tr '[:upper:]' '[:lower:]'; }

stop_all() {
  local rc=$? i
  trap - INT TERM ERR
  set +e
  for i in "${!RUN_PGIDS[@]}"; do
    if sdd_group_alive "${RUN_PGIDS[$i]}"; then
      sdd_log "stopping ${RUN_NAMES[$i]}"
      sdd_kill_group "${RUN_PGIDS[$i]}" 15
    fi
  done
  if ((STARTED_RABBIT)); then rmq_stop "$RABBIT_DIR"; fi
  return "$rc"
}
trap stop_all EXIT
trap 'echo; sdd_log "Ctrl-C: stopping"; exit 130' INT
trap 'exit 143' TERM
# Unexpected failures name their line; functions that fail on purpose have said why already.
trap 'case "$BASH_COMMAND" in return*|sdd_fail*) ;; *) sdd_err "failed at line $LINENO: $BASH_COMMAND" ;; esac' ERR

# True when PORT on loopback speaks AMQP (answers the protocol header with a frame starting 0x01).
amqp_answers() {
  local first
  first="$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "AMQP\x00\x00\x09\x01" >&3 && head -c 1 <&3' _ "$1" 2>/dev/null |
           od -An -tx1 | tr -d ' \n')" || true
  [[ "$first" == 01 ]]
}

start_rabbitmq() {
  RABBIT_PORT="${SUPPLIERDD_RABBITMQ_PORT:-5672}"
  if amqp_answers "$RABBIT_PORT"; then
    if [[ -s "$RABBIT_DIR/session.pid" ]] && sdd_group_alive "$(cat "$RABBIT_DIR/session.pid")"; then
      sdd_warn "using the RabbitMQ node left running by an earlier run (stop it with: bash infra/lib/rabbitmq.sh stop .data/rabbitmq)"
    else
      sdd_log "using the RabbitMQ broker already listening on 127.0.0.1:$RABBIT_PORT (guest/guest); it is not stopped on exit"
    fi
    RABBIT_MGMT_URL=""
    return 0
  fi
  RMQ_NODE_NAME=supplierdd-local
  RMQ_PORT="$RABBIT_PORT"
  RMQ_DIST_PORT="${SUPPLIERDD_RABBITMQ_DIST_PORT:-25672}"
  RMQ_MGMT_PORT="${SUPPLIERDD_RABBITMQ_MGMT_PORT:-15672}"
  STARTED_RABBIT=1
  rmq_start "$RABBIT_DIR"
  RABBIT_PORT="$RMQ_PORT"
  RABBIT_MGMT_URL=""
  if [[ "$RMQ_MGMT_PORT" != 0 ]]; then RABBIT_MGMT_URL="http://127.0.0.1:$RMQ_MGMT_PORT/"; fi
}

build() {
  if [[ "${SUPPLIERDD_SKIP_BUILD:-}" == 1 ]]; then return 0; fi
  command -v dotnet >/dev/null 2>&1 || { sdd_fail "the .NET SDK is not on PATH; install the SDK version named in global.json"; return 1; }
  # The Web app's build fetches its front-end libraries with npm.
  sdd_require_node
  sdd_log "dotnet build SupplierDD.sln -c Debug (log: .data/logs/build.log)"
  if ! dotnet build SupplierDD.sln -c Debug -nologo </dev/null >"$LOGS/build.log" 2>&1; then
    grep -E ': error |error MSB|error NU' "$LOGS/build.log" | sort -u | head -30 >&2 || true
    sdd_fail "the build failed; full log: .data/logs/build.log"
    return 1
  fi
}

start_service() {
  local name="$1" folder="$2" port="$3" db="$4" s
  s="$(slug "$name")"
  if sdd_port_in_use "$port"; then
    sdd_fail "port $port for $name is already in use (another run-local.sh?); free it and run again"
    return 1
  fi
  mkdir -p "$DATA/imports/$s"
  rm -f "$LOGS/$s.pid"
  : >"$LOGS/$s.log"
  sdd_log "starting $name on http://127.0.0.1:$port (log: .data/logs/$s.log)"
  # Own process group per service: `dotnet run` and the app it launches are stopped together.
  (
    export ASPNETCORE_ENVIRONMENT=Development
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    export Database__Provider=Sqlite
    export "ConnectionStrings__$db=Data Source=$DATA/$s.db"
    export Messaging__Transport=RabbitMq
    export Messaging__RabbitMq__Host=127.0.0.1
    export Messaging__RabbitMq__Port="$RABBIT_PORT"
    export Messaging__RabbitMq__VirtualHost=/
    export Messaging__RabbitMq__Username=guest
    export Messaging__RabbitMq__Password=guest
    export Auth__SigningKey="$AUTH_KEY"
    export Imports__StoragePath="$DATA/imports/$s"
    # The Web app: emails (portal invitations, sign-in links) are written as .eml files, links point at this port.
    export Email__PickupFolder="$DATA/mail"
    export Web__PublicBaseUrl="http://127.0.0.1:$port"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
    exec setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$LOGS/$s.pid" \
      dotnet run --no-build --no-launch-profile --project "$folder" --urls "http://127.0.0.1:$port" \
      </dev/null >>"$LOGS/$s.log" 2>&1
  ) &
  local i
  for ((i = 0; i < 50; i++)); do [[ -s "$LOGS/$s.pid" ]] && break; sleep 0.1; done
  [[ -s "$LOGS/$s.pid" ]] || { sdd_fail "$name did not start (no process id written)"; return 1; }
  RUN_NAMES+=("$name"); RUN_PORTS+=("$port"); RUN_SLUGS+=("$s"); RUN_PGIDS+=("$(cat "$LOGS/$s.pid")")
}

wait_ready() {
  local i rc
  for i in "${!RUN_NAMES[@]}"; do
    rc=0
    sdd_wait_http "http://127.0.0.1:${RUN_PORTS[$i]}/health/ready" "$READY_TIMEOUT" "${RUN_PGIDS[$i]}" || rc=$?
    if ((rc != 0)); then
      if ((rc == 2)); then sdd_err "${RUN_NAMES[$i]} exited during start-up"; else sdd_err "${RUN_NAMES[$i]} was not ready within ${READY_TIMEOUT}s"; fi
      sdd_show_log "$LOGS/${RUN_SLUGS[$i]}.log" 60
      curl -sS --max-time 5 "http://127.0.0.1:${RUN_PORTS[$i]}/health/ready" >&2 2>/dev/null && echo >&2 || true
      return 1
    fi
    sdd_log "${RUN_NAMES[$i]} is ready"
  done
}

registry_url() {
  local i
  for i in "${!RUN_NAMES[@]}"; do
    if [[ "${RUN_NAMES[$i]}" == SupplierRegistry ]]; then echo "http://127.0.0.1:${RUN_PORTS[$i]}"; return 0; fi
  done
  return 1
}

# import_csv URL FILE : posts a CSV to an import endpoint and waits for the background job to finish.
import_csv() {
  local url="$1" file="$2" token="$3" body id status i
  body="$(curl -sS --fail-with-body --max-time 60 -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
          --data-binary "@$file" "$url")" || { sdd_warn "import of $(basename "$file") was refused: $body"; return 1; }
  id="$(grep -o '"id":"[^"]*"' <<<"$body" | head -n 1 | cut -d'"' -f4)"
  [[ -n "$id" ]] || { sdd_warn "unexpected answer from $url: $body"; return 1; }
  for ((i = 0; i < 120; i++)); do
    body="$(curl -sS --max-time 10 -H "Authorization: Bearer $token" "${url%%/api/*}/api/imports/$id" || true)"
    status="$(grep -o '"status":[^,}]*' <<<"$body" | head -n 1 | cut -d: -f2 | tr -d '"')"
    case "$status" in
      Completed|2)
        sdd_log "imported $(basename "$file"): $(grep -o '"created":[0-9]*' <<<"$body" | cut -d: -f2) created, $(grep -o '"failed":[0-9]*' <<<"$body" | cut -d: -f2) failed"
        grep -q '"failed":0' <<<"$body" || sdd_warn "some rows failed: ${url%%/api/*}/api/imports/$id/errors.csv"
        return 0 ;;
      Failed|3) sdd_warn "import of $(basename "$file") failed: $body"; return 1 ;;
    esac
    sleep 1
  done
  sdd_warn "import of $(basename "$file") did not finish in 2 minutes (job $id)"
  return 1
}

seed_demo() {
  [[ "${SUPPLIERDD_SEED_DEMO:-1}" != 0 ]] || return 0
  local base token page total
  base="$(registry_url)" || return 0
  token="$("$ROOT/infra/dev-token.sh" procurement)"
  page="$(curl -sS --max-time 10 -H "Authorization: Bearer $token" "$base/api/suppliers?pageSize=1" || true)"
  total="$(grep -o '"total":[0-9]*' <<<"$page" | cut -d: -f2)"
  if [[ -z "$total" ]]; then sdd_warn "could not read the supplier count ($page); demo data not seeded"; return 0; fi
  if ((total > 0)); then sdd_log "registry has $total suppliers; demo data not seeded again"; return 0; fi
  sdd_log "empty registry: importing demo data from infra/demo/"
  import_csv "$base/api/suppliers/import" "$ROOT/infra/demo/suppliers.csv" "$token" &&
    import_csv "$base/api/supply-links/import" "$ROOT/infra/demo/supply-links.csv" "$token" || true
}

print_urls() {
  local i url
  echo
  echo "SupplierDD is running. Ctrl-C stops everything."
  echo
  for i in "${!RUN_NAMES[@]}"; do
    url="http://127.0.0.1:${RUN_PORTS[$i]}"
    printf '  %-24s %s' "${RUN_NAMES[$i]}" "$url"
    if curl -fsS -o /dev/null --max-time 5 "$url/scalar/v1" 2>/dev/null; then printf '   API docs: %s/scalar/v1' "$url"; fi
    printf '   log: .data/logs/%s.log\n' "${RUN_SLUGS[$i]}"
  done
  printf '  %-24s amqp://guest:guest@127.0.0.1:%s/' RabbitMQ "$RABBIT_PORT"
  if [[ -n "$RABBIT_MGMT_URL" ]]; then printf '   management: %s (guest/guest)' "$RABBIT_MGMT_URL"; fi
  echo
  echo
  if [[ " ${RUN_NAMES[*]} " == *" Web "* ]]; then
    echo "Open the Web app and sign in with a development account:"
    echo "  procurement@supplierdd.local / procurement-dev-password   (procurement: suppliers, imports, invitations)"
    echo "  analyst@supplierdd.local     / analyst-dev-password       (risk-analyst: read-only back-office)"
    echo "  admin@supplierdd.local       / admin-dev-password         (admin: everything)"
    echo "Emails (supplier portal invitations and sign-in links) are written to .data/mail/ as .eml files."
    echo
  fi
  echo "A token for the APIs (8 hours; roles: procurement, risk-analyst, admin, supplier SUPPLIER_ID):"
  echo '  TOKEN=$(bash infra/dev-token.sh procurement)'
  if url="$(registry_url)"; then echo "  curl -H \"Authorization: Bearer \$TOKEN\" $url/api/suppliers"; fi
  echo
}

# Keeps running until Ctrl-C; reports a service that stops on its own.
watch_services() {
  local i alive
  declare -A reported=()
  while true; do
    alive=0
    for i in "${!RUN_NAMES[@]}"; do
      if sdd_group_alive "${RUN_PGIDS[$i]}"; then
        alive=1
      elif [[ -z "${reported[$i]:-}" ]]; then
        reported[$i]=1
        sdd_warn "${RUN_NAMES[$i]} stopped; last lines of .data/logs/${RUN_SLUGS[$i]}.log:"
        tail -n 20 "$LOGS/${RUN_SLUGS[$i]}.log" >&2 || true
      fi
    done
    if ((!alive)); then sdd_err "every service has stopped"; return 1; fi
    sleep 2 & wait $! || true
  done
}

main() {
  local line name folder port db found=0
  start_rabbitmq
  build
  for line in "${SERVICES[@]}"; do
    read -r name folder port db <<<"$line"
    if [[ -d "$ROOT/$folder" ]]; then
      found=1
      start_service "$name" "$folder" "$port" "$db"
    fi
  done
  ((found)) || { sdd_fail "no service folder found; see the SERVICES table at the top of infra/run-local.sh"; return 1; }
  wait_ready
  seed_demo
  print_urls
  watch_services
}

main "$@"
