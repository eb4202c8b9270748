#!/usr/bin/env bash
# Makes the development key pair unless it exists, and prints the public key's absolute path:
#   deploy/local/.keys/private.pem  signs the tokens of deploy/local/token.sh
#   deploy/local/.keys/public.pem   what the services verify with (MP_JWT_VERIFY_PUBLICKEY_LOCATION)
# The directory is git-ignored: these keys are for a developer's machine, never committed or deployed.
# Used by token.sh and run.sh; safe to run concurrently (one maker at a time under a lock; the public
# key is moved into place last, so its presence means the pair is complete).
set -euo pipefail
KEYS="$(cd "$(dirname "$0")" && pwd)/.keys"
complete() { [[ -s $KEYS/public.pem && -s $KEYS/private.pem ]]; }
if ! complete; then
  command -v openssl >/dev/null || { echo "[keys] openssl is needed to make the development key pair" >&2; exit 1; }
  mkdir -p "$KEYS"; chmod 700 "$KEYS"
  exec 9>"$KEYS/.lock"
  command -v flock >/dev/null && flock 9
  if ! complete; then
    tmp=$(mktemp -d "$KEYS/.new.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/private.pem" 2>/dev/null)
    openssl pkey -in "$tmp/private.pem" -pubout -out "$tmp/public.pem"
    rm -f "$KEYS/public.pem"
    mv -f "$tmp/private.pem" "$KEYS/private.pem"
    mv -f "$tmp/public.pem" "$KEYS/public.pem"
    echo "[keys] made a development key pair in deploy/local/.keys/" >&2
  fi
fi
printf '%s\n' "$KEYS/public.pem"
