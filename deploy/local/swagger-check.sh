#!/usr/bin/env bash
# Checks Swagger UI's "Authorize" in a real headless browser, for each running service: opens
# /q/swagger-ui, runs GET /api/v1/audit (listAudit) with "Try it out" and "Execute" without
# authorizing (the page must show 401), then clicks "Authorize", pastes a finance token into the
# bearer field, authorizes, closes the dialog and runs the same call again (the page must show 200).
#
#   deploy/local/swagger-check.sh                  # against deploy/local/run.sh's services
#   BUDGET_URL=http://127.0.0.1:18081 ... JIXIAO_TOKEN=... deploy/local/swagger-check.sh
#
# Environment: BUDGET_URL (http://127.0.0.1:8081), EVALUATION_URL (…:8082), REPORT_URL (…:8083);
# JIXIAO_TOKEN (a finance token; default: deploy/local/token.sh finance); CHROMIUM (/usr/bin/chromium);
# SWAGGER_CHECK_TIMEOUT_MS (per browser step, 20000); SWAGGER_CHECK_SCREENSHOTS (a directory: a
# screenshot of every page when a check fails).
#
# Installs what it needs when missing: Debian's chromium (apt-get, as root) and playwright-core, at the
# version pinned in deploy/local/package.json and package-lock.json, into the git-ignored deploy/local/.node/.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NODE_DIR="$HERE/.node"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

say() { printf '[swagger-check] %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

# apt_install
source "$(dirname "$0")/apt.sh"

if [[ ! -x $CHROMIUM ]]; then
  if [[ $CHROMIUM == /usr/bin/chromium && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium (apt-get install chromium; once)"
    apt_install chromium || fail "could not install chromium with apt-get (output above); install it (apt-get install chromium) or set CHROMIUM to a Chromium or Chrome binary"
    [[ -x $CHROMIUM ]] || fail "apt-get installed chromium but $CHROMIUM is not there; set CHROMIUM to its path"
  else
    fail "no browser at $CHROMIUM: install Debian's chromium as root (apt-get install chromium) or set CHROMIUM to a Chromium or Chrome binary"
  fi
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "installing Node.js and npm (apt-get install nodejs npm; once)"
    apt_install nodejs npm || fail "could not install nodejs and npm with apt-get (output above)"
  else
    fail "node and npm (Node.js 20 or newer) are needed: apt-get install nodejs npm"
  fi
fi
major=$(node -p 'process.versions.node.split(".")[0]')
((major >= 20)) || fail "Node.js $(node --version) is too old: playwright-core needs 20 or newer"

# playwright-core as pinned by package-lock.json, in .node/ (reinstalled when the lock changes)
if ! cmp -s "$HERE/package-lock.json" "$NODE_DIR/package-lock.json" || [[ ! -f $NODE_DIR/node_modules/playwright-core/package.json ]]; then
  say "installing playwright-core $(sed -nE 's/.*"playwright-core": *"([^"]+)".*/\1/p' "$HERE/package.json") into deploy/local/.node/ (npm ci; once)"
  mkdir -p "$NODE_DIR"
  cp "$HERE/package.json" "$HERE/package-lock.json" "$NODE_DIR/"
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || fail "npm ci of playwright-core failed (output above)"
fi

if [[ -z ${JIXIAO_TOKEN:-} ]]; then
  JIXIAO_TOKEN=$("$HERE/token.sh" finance)
fi
export JIXIAO_TOKEN CHROMIUM
export SWAGGER_CHECK_NODE_MODULES="$NODE_DIR/node_modules"
exec node "$HERE/swagger-check.mjs" \
  "budget-service=${BUDGET_URL:-http://127.0.0.1:8081}" \
  "evaluation-service=${EVALUATION_URL:-http://127.0.0.1:8082}" \
  "report-service=${REPORT_URL:-http://127.0.0.1:8083}"
