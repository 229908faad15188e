#!/usr/bin/env bash
# Entry point of the rabbitmq service in docker-compose.yml. The broker loads definitions.json at boot: the supplierdd
# virtual host, every exchange, queue and binding the services use, and one user per service with its permissions but
# no password (none is committed). This script then gives each user its password from the environment, removes the
# default guest user, and marks the broker ready for the healthcheck. It runs at every start, because a boot-time
# import resets the users to what definitions.json says.
set -euo pipefail

: "${RABBITMQ_REGISTRY_PASSWORD:?set RABBITMQ_REGISTRY_PASSWORD}"
: "${RABBITMQ_RISK_PASSWORD:?set RABBITMQ_RISK_PASSWORD}"
: "${RABBITMQ_ADMIN_PASSWORD:?set RABBITMQ_ADMIN_PASSWORD}"

READY=/var/lib/rabbitmq/supplierdd-users-ready
rm -f "$READY"

rabbitmq-server &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid"; exit $?' TERM INT

# await_startup fails at once while the node has not registered yet: retry until it answers (or the broker died).
until rabbitmqctl --timeout 10 await_startup >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "supplierdd: rabbitmq-server exited" >&2; wait "$pid"; exit 1; }
  sleep 2
done
rabbitmqctl change_password supplier-registry "$RABBITMQ_REGISTRY_PASSWORD" >/dev/null
rabbitmqctl change_password risk-scoring "$RABBITMQ_RISK_PASSWORD" >/dev/null
rabbitmqctl change_password supplierdd-admin "$RABBITMQ_ADMIN_PASSWORD" >/dev/null
rabbitmqctl delete_user guest >/dev/null 2>&1 || true
touch "$READY"
echo "supplierdd: broker users ready"

wait "$pid"
