#!/usr/bin/env bash
# Prints a development JWT (HS256) for calling the SupplierDD APIs by hand:
#   TOKEN=$(infra/dev-token.sh procurement)
#   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:5101/api/suppliers
# Claims: sub=dev-<role>, role, supplier_id (only when given), iss=supplierdd, aud=every service's audience
# (supplierdd-registry, supplierdd-risk; SUPPLIERDD_TOKEN_AUDIENCE=<one of them> narrows it), iat, nbf, exp=now+8h.
# Key: $AUTH_SIGNING_KEY, else the development key the services use in Development.
# Needs only bash, openssl and coreutils.
set -euo pipefail

DEV_KEY="supplierdd-development-signing-key-not-for-production-0123456789"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") ROLE [SUPPLIER_ID]
  ROLE         procurement | risk-analyst | admin | supplier
  SUPPLIER_ID  the supplier's id (a GUID); required for the supplier role
The signing key is \$AUTH_SIGNING_KEY, or the development key when that is unset.
USAGE
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
role="$1"
supplier_id="${2:-}"
case "$role" in
  procurement|risk-analyst|admin|supplier) ;;
  *) echo "unknown role '$role'" >&2; usage ;;
esac
if [[ "$role" == supplier && -z "$supplier_id" ]]; then
  echo "the supplier role needs a SUPPLIER_ID" >&2; usage
fi
guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ -n "$supplier_id" && ! "$supplier_id" =~ $guid_re ]]; then
  echo "SUPPLIER_ID must be a GUID like 0196a3c2-7d1e-7a4b-9f00-1234567890ab, got '$supplier_id'" >&2; usage
fi
command -v openssl >/dev/null 2>&1 || { echo "openssl is required (apt-get install openssl)" >&2; exit 1; }

key="${AUTH_SIGNING_KEY:-$DEV_KEY}"
if (( ${#key} < 32 )); then
  echo "warning: the signing key has ${#key} characters; the services reject keys shorter than 32" >&2
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now="$(date +%s)"
header='{"alg":"HS256","typ":"JWT"}'
payload="{\"sub\":\"dev-$role\",\"role\":\"$role\""
[[ -n "$supplier_id" ]] && payload+=",\"supplier_id\":\"${supplier_id,,}\""
# Each service accepts only tokens for its own audience; a development token is good for all of them.
case "${SUPPLIERDD_TOKEN_AUDIENCE:-}" in
  "") aud='["supplierdd-registry","supplierdd-risk"]' ;;
  supplierdd-registry|supplierdd-risk) aud="\"$SUPPLIERDD_TOKEN_AUDIENCE\"" ;;
  *) echo "SUPPLIERDD_TOKEN_AUDIENCE must be supplierdd-registry or supplierdd-risk" >&2; exit 2 ;;
esac
payload+=",\"iss\":\"supplierdd\",\"aud\":$aud,\"iat\":$now,\"nbf\":$now,\"exp\":$((now + 8 * 3600))}"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
# hexkey keeps any character of the key (':' included) intact.
hexkey="$(printf '%s' "$key" | od -An -v -tx1 | tr -d ' \n')"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hexkey" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
