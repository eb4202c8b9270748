#!/usr/bin/env bash
# Prints a signed development token (RS256 JWT) for the local services:
#   deploy/local/token.sh                      # finance (the finance platform's service account)
#   deploy/local/token.sh department GZ-XFJ    # a department user of GZ-XFJ
#   deploy/local/token.sh third-party GZ-XFJ GZ-MZJ
#   deploy/local/token.sh auditor
# The key pair is made on first use (deploy/local/keys.sh) under deploy/local/.keys/ (git-ignored, never
# committed): private.pem signs, public.pem is what the services verify with (mp.jwt.verify.publickey.location).
# Environment: JIXIAO_JWT_ISSUER (https://jixiao.local/dev), JIXIAO_TOKEN_MINUTES (480), JIXIAO_TOKEN_SUBJECT.
set -euo pipefail
cd "$(dirname "$0")"
KEYS=.keys
ROLE=${1:-finance}
shift || true
case "$ROLE" in
  finance|department|auditor|third-party) ;;
  *) echo "usage: $0 [finance|department|auditor|third-party] [DEPARTMENT...]" >&2; exit 2 ;;
esac
if [[ ( $ROLE == department || $ROLE == third-party ) && $# -eq 0 ]]; then
  echo "[token] the $ROLE role needs at least one department code" >&2; exit 2
fi
[[ $ROLE == department && $# -gt 1 ]] && { echo "[token] a department user belongs to one department" >&2; exit 2; }

./keys.sh >/dev/null   # the key pair, made on first use

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_list() { local out="" d; for d in "$@"; do out+="${out:+,}\"$d\""; done; printf '[%s]' "$out"; }

now=$(date +%s)
exp=$(( now + 60 * ${JIXIAO_TOKEN_MINUTES:-480} ))
subject=${JIXIAO_TOKEN_SUBJECT:-"dev-$ROLE${1:+-$1}"}
claims="\"iss\":\"${JIXIAO_JWT_ISSUER:-https://jixiao.local/dev}\",\"sub\":\"$subject\",\"upn\":\"$subject\""
claims+=",\"groups\":[\"$ROLE\"],\"iat\":$now,\"exp\":$exp,\"jti\":\"$(openssl rand -hex 12)\""
(( $# > 0 )) && claims+=",\"department\":$(json_list "$@")"
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{%s}' "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEYS/private.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
