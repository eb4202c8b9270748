#!/usr/bin/env bash
# Loads the demo city through the public APIs only, as the finance platform and the department
# would: departments, budget lines, adjustments and payments (budget-service), then the model
# department's self-evaluation (evaluation-service) and its report (report-service), and writes
# the report to out/ as PDF, DOCX, HTML and Markdown.
#
# Safe to run again: what exists is reused (departments, lines and adjustments are not posted
# twice, payments are idempotent by voucher number), and a new report version is assembled.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEMO=deploy/local/demo
BUDGET=${BUDGET_URL:-http://127.0.0.1:8081}
EVALUATION=${EVALUATION_URL:-http://127.0.0.1:8082}
REPORT=${REPORT_URL:-http://127.0.0.1:8083}
YEAR=2021
MODEL=GZ-XFJ
OUT=${OUT_DIR:-out}
mkdir -p "$OUT"

say() { printf '[demo] %s\n' "$*"; }
field() { sed -nE "s/.*\"$1\" *: *\"?([^\",}]*)\"?.*/\1/p" | head -1; }

# POST a body; prints the HTTP status, fails on anything but the accepted ones
post() {
  local url=$1 type=$2 data=$3; shift 3
  local status
  status=$(curl -s -o /tmp/jixiao-demo-response -w '%{http_code}' -X POST "$url" -H "Content-Type: $type" --data-binary "$data")
  for ok in "$@"; do [[ $status == "$ok" ]] && { echo "$status"; return 0; }; done
  echo "[demo] POST $url -> $status: $(head -c 600 /tmp/jixiao-demo-response)" >&2
  return 1
}

load_budget() {
  if curl -fs "$BUDGET/api/v1/departments/$MODEL" >/dev/null; then
    say "budget data present: reusing it (payments are re-sent and counted as duplicates)"
    fresh=0
  else
    fresh=1
  fi
  local n=0
  while IFS= read -r dept; do
    [[ -z $dept ]] && continue
    post "$BUDGET/api/v1/departments" application/json "$dept" 201 409 >/dev/null
    n=$((n + 1))
  done <"$DEMO/departments.ndjson"
  if ((fresh)); then
    while IFS= read -r line; do
      [[ -z $line ]] && continue
      code=$(echo "$line" | field department)
      post "$BUDGET/api/v1/departments/$code/budgets/$YEAR/lines" application/json "$line" 201 >/dev/null
    done <"$DEMO/lines.ndjson"
    while IFS= read -r adj; do
      [[ -z $adj ]] && continue
      code=$(echo "$adj" | field department); line=$(echo "$adj" | field lineCode)
      post "$BUDGET/api/v1/departments/$code/budgets/$YEAR/lines/$line/adjustments" application/json "$adj" 201 >/dev/null
    done <"$DEMO/adjustments.ndjson"
  fi
  say "budget-service: $n departments with their lines; posting payments"
  for csv in "$DEMO"/payments/*.csv; do
    code=$(basename "$csv" .csv)
    post "$BUDGET/api/v1/departments/$code/budgets/$YEAR/expenditures" "text/csv; charset=UTF-8" "@$csv" 200 >/dev/null
    printf '[demo]   %-8s %s\n' "$code" "$(cat /tmp/jixiao-demo-response)"
  done
  local rank
  rank=$(curl -fs "$BUDGET/api/v1/budgets/$YEAR/ranking?asOf=$YEAR-12-31" | grep -oE "\"rank\":[0-9]+,\"department\":\"$MODEL\"" | field rank)
  say "execution: $(curl -fs "$BUDGET/api/v1/departments/$MODEL/budgets/$YEAR/execution?asOf=$YEAR-12-31" | grep -oE '"total":\{[^}]*\}')"
  say "city ranking by spending progress: $MODEL is number $rank"
}

load_budget
if [[ -x deploy/local/demo-evaluation.sh ]]; then deploy/local/demo-evaluation.sh; fi
