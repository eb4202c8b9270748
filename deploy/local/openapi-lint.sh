#!/usr/bin/env bash
# Lints the three services' OpenAPI documents with Redocly CLI's `recommended` ruleset
# (deploy/local/lint/redocly.yaml). The documents are the ones the build stores
# (quarkus.smallrye-openapi.store-schema-directory=target/openapi), so build first:
#
#   ./mvnw -B install -DskipTests -pl platform,platform-test
#   ./mvnw -B package -DskipTests -pl budget-service,evaluation-service,report-service
#   deploy/local/openapi-lint.sh                  # all three
#   deploy/local/openapi-lint.sh report-service   # one (or two)
#
# deploy/local/test.sh runs it after `./mvnw -B verify`. Exits non-zero when a document is missing or has
# any error or warning; a rule turned off in redocly.yaml, or a warning accepted in
# deploy/local/lint/.redocly.lint-ignore.yaml, is listed with its reason in docs/api.md ("OpenAPI lint").
#
# Installs what it needs when missing: @redocly/cli at the version pinned in deploy/local/lint/package.json
# and package-lock.json (npm ci), into the git-ignored deploy/local/lint/node_modules/. Needs Node.js
# 20.19+ (or 22.12+) and npm. Redocly's telemetry and update notice are off.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LINT="$ROOT/deploy/local/lint"
CONFIG="$LINT/redocly.yaml"
REDOCLY="$LINT/node_modules/.bin/redocly"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true REDOCLY_SUPPRESS_NOTIFICATIONS=true

say() { printf '[openapi-lint] %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

if [ "$#" -gt 0 ]; then APIS=("$@"); else APIS=(budget-service evaluation-service report-service); fi

command -v node >/dev/null && command -v npm >/dev/null ||
  fail "Node.js and npm are needed (Node.js 20.19+ or 22.12+): install them, then run this again"
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) || (a === 20 && b >= 19) ? 0 : 1)' ||
  fail "Redocly CLI needs Node.js 20.19+ or 22.12+; this is $(node --version)"

# Install (or re-install) the pinned @redocly/cli when it is missing or another version.
pinned=$(node -p 'require(process.argv[1]).dependencies["@redocly/cli"]' "$LINT/package.json")
installed=$(node -p 'try { require(process.argv[1]).version } catch (e) { "" }' \
  "$LINT/node_modules/@redocly/cli/package.json" 2>/dev/null || true)
if [ ! -x "$REDOCLY" ] || [ "$installed" != "$pinned" ]; then
  say "installing @redocly/cli $pinned into deploy/local/lint/node_modules"
  log=$(mktemp "${TMPDIR:-/tmp}/jixiao-npm.XXXXXX")
  if ! npm ci --prefix "$LINT" --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    tail -30 "$log" >&2; rm -f "$log"; fail "npm ci failed"
  fi
  rm -f "$log"
fi

for api in "${APIS[@]}"; do
  doc="$ROOT/$api/target/openapi/openapi.yaml"
  [ -f "$doc" ] || fail "no $api/target/openapi/openapi.yaml: build first (./mvnw -B package -DskipTests -pl $api, after installing platform)"
done

out=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-openapi-lint.XXXXXX")
trap 'rm -rf "$out"' EXIT
status=0
for api in "${APIS[@]}"; do
  # JSON for counting; Redocly's own progress lines and notices go to stderr, kept for a failure.
  (cd "$ROOT" && "$REDOCLY" lint "$api" --config "$CONFIG" --format=json --max-problems=1000) \
    >"$out/$api.json" 2>"$out/$api.err" || true
  if ! node - "$api" "$out/$api.json" <<'EOF'
const [api, file] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(require('fs').readFileSync(file, 'utf8'));
} catch (e) {
  console.log(`${api}: Redocly gave no report (${e.message})`);
  process.exit(2);
}
for (const p of report.problems) {
  const at = p.location && p.location[0];
  const where = at ? `${at.source.ref}:${at.start ? at.start.line : '?'} ${at.pointer}` : '';
  console.log(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.ruleId.padEnd(30)} ${where}\n          ${p.message}`);
}
const t = report.totals;
console.log(`${api}: ${t.errors} errors, ${t.warnings} warnings${t.ignored ? `, ${t.ignored} accepted (ignore file)` : ''}`);
process.exit(t.errors + t.warnings > 0 ? 1 : 0);
EOF
  then
    status=1
    if [ ! -s "$out/$api.json" ]; then grep -v -E '^\s*[║╔╚]' "$out/$api.err" >&2 || true; fi
  fi
done
if [ "$status" -ne 0 ]; then
  say "FAILED: fix the findings above at the source (annotations, OpenAPI properties), or turn a rule off /"
  say "accept a warning with its reason in docs/api.md (\"OpenAPI lint\")"
else
  say "OK: ${#APIS[@]} documents, no errors, no warnings"
fi
exit "$status"
