#!/usr/bin/env bash
# Loads the demo city through the public APIs only, as the finance platform and the department
# would: departments, budget lines, adjustments and payments (budget-service), then the model
# department's performance targets (its key tasks and two projects', approved by finance), its
# self-evaluation from them and the projects' self-evaluations (evaluation-service) and its report
# (report-service), and writes
# the report to $OUT_DIR (default out/) as PDF, DOCX, HTML, Markdown and JSON.
#
# Safe to run again: what exists is reused (departments, lines and adjustments are not posted
# twice, payments are idempotent by voucher number; the SELF evaluation of GZ-XFJ/2021 and its
# report are found and reused), tasks, indicator inputs and sections are PUT again (idempotent),
# the evaluation is re-scored, and a new report version is assembled and published.
#
# Every call carries a bearer token: the finance platform's (role finance) for the budget data and for
# publishing, the department's (role department, GZ-XFJ) for its own SELF evaluation and its report
# (sections, versions); publishing is finance's. The tokens are signed by deploy/local/token.sh with the
# development key pair, unless given: JIXIAO_TOKEN (finance) and JIXIAO_DEPARTMENT_TOKEN (a department
# user of GZ-XFJ; default: JIXIAO_TOKEN when that is given, so finance plays both parts).
#
# Needs bash and curl only (no jq, no python; token.sh uses openssl).
#
# Environment: BUDGET_URL (http://127.0.0.1:8081), EVALUATION_URL (…:8082), REPORT_URL (…:8083),
# OUT_DIR (out), JIXIAO_TOKEN, JIXIAO_DEPARTMENT_TOKEN.
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
if [[ -n ${JIXIAO_TOKEN:-} ]]; then
  FINANCE=$JIXIAO_TOKEN
  DEPARTMENT=${JIXIAO_DEPARTMENT_TOKEN:-$JIXIAO_TOKEN}
else
  FINANCE=$(deploy/local/token.sh finance)
  DEPARTMENT=${JIXIAO_DEPARTMENT_TOKEN:-$(deploy/local/token.sh department "$MODEL")}
fi
RESPONSE=$(mktemp "${TMPDIR:-/tmp}/jixiao-demo.XXXXXX")
trap 'rm -f "$RESPONSE"' EXIT
trap 'echo "[demo] failed (line $LINENO); the services keep running" >&2' ERR

say() { printf '[demo] %s\n' "$*"; }
# first "key": value of a one-line JSON text on stdin (string quotes stripped)
field() { { grep -oE "\"$1\" *: *(\"[^\"]*\"|[^,}\"]*)" || true; } | head -1 | sed -E "s/^\"$1\" *: *\"?//; s/\"$//"; }

# send a body with a token ($FINANCE or $DEPARTMENT); prints the HTTP status, fails on anything but the accepted ones
send() {
  local method=$1 token=$2 url=$3 type=$4 data=$5; shift 5
  local status
  status=$(curl -s -o "$RESPONSE" -w '%{http_code}' -X "$method" "$url" -H "Authorization: Bearer $token" \
    -H "Content-Type: $type" --data-binary "$data")
  for ok in "$@"; do [[ $status == "$ok" ]] && { echo "$status"; return 0; }; done
  echo "[demo] $method $url -> $status: $(head -c 600 "$RESPONSE")" >&2
  return 1
}
post() { send POST "$@"; }
put() { send PUT "$@"; }
# GET with a token; prints the body, fails (saying what came back) on anything but 200
get() {
  local token=$1 url=$2 status
  status=$(curl -s -o "$RESPONSE" -w '%{http_code}' "$url" -H "Authorization: Bearer $token")
  if [[ $status != 200 ]]; then
    echo "[demo] GET $url -> $status: $(head -c 600 "$RESPONSE")" >&2
    return 1
  fi
  cat "$RESPONSE"
}

# a text file as a JSON string (bash only: escape \ " tab, drop CR, newlines → \n)
json_string() {
  local s
  s=$(<"$1")
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\t'/\\t}; s=${s//$'\r'/}; s=${s//$'\n'/\\n}
  printf '"%s"' "$s"
}

load_budget() {
  # departments and lines answer 409 when they exist; an adjustment is posted only with the line
  # it belongs to (when that line is created now), so a re-run never adjusts a budget twice
  local n=0 created=0 lines=0 adjustments=0 status dept line code
  local -A new_lines=()
  while IFS= read -r dept; do
    [[ -z $dept ]] && continue
    status=$(post "$FINANCE" "$BUDGET/api/v1/departments" application/json "$dept" 201 409)
    [[ $status == 201 ]] && created=$((created + 1))
    n=$((n + 1))
  done <"$DEMO/departments.ndjson"
  while IFS= read -r line; do
    [[ -z $line ]] && continue
    code=$(echo "$line" | field department)
    status=$(post "$FINANCE" "$BUDGET/api/v1/departments/$code/budgets/$YEAR/lines" application/json "$line" 201 409)
    if [[ $status == 201 ]]; then new_lines["$code/$(echo "$line" | field lineCode)"]=1; lines=$((lines + 1)); fi
  done <"$DEMO/lines.ndjson"
  while IFS= read -r adj; do
    [[ -z $adj ]] && continue
    code=$(echo "$adj" | field department); line=$(echo "$adj" | field lineCode)
    [[ -n ${new_lines["$code/$line"]:-} ]] || continue
    post "$FINANCE" "$BUDGET/api/v1/departments/$code/budgets/$YEAR/lines/$line/adjustments" application/json "$adj" 201 >/dev/null
    adjustments=$((adjustments + 1))
  done <"$DEMO/adjustments.ndjson"
  if ((created == 0 && lines == 0)); then
    say "budget data present: reusing it (payments are re-sent and counted as duplicates)"
  else
    say "budget-service: created $created departments, $lines budget lines, $adjustments adjustments"
  fi
  say "budget-service: $n departments with their lines; posting payments"
  for csv in "$DEMO"/payments/*.csv; do
    code=$(basename "$csv" .csv)
    post "$FINANCE" "$BUDGET/api/v1/departments/$code/budgets/$YEAR/expenditures" "text/csv; charset=UTF-8" "@$csv" 200 >/dev/null
    printf '[demo]   %-8s %s\n' "$code" "$(cat "$RESPONSE")"
  done
  local rank
  rank=$(get "$FINANCE" "$BUDGET/api/v1/budgets/$YEAR/ranking?asOf=$YEAR-12-31" | grep -oE "\"rank\":[0-9]+,\"department\":\"$MODEL\"" | field rank)
  say "execution: $(get "$FINANCE" "$BUDGET/api/v1/departments/$MODEL/budgets/$YEAR/execution?asOf=$YEAR-12-31" | grep -oE '"total":\{[^}]*\}')"
  say "city ranking by spending progress: $MODEL is number $rank"
}

# Targets (绩效目标) approved: the department declares and submits, finance approves; an approved set is reused.
# $1 the body, $2 the query that finds it; sets TARGET_ID.
approve_targets() {
  local file=$1 query=$2 status
  TARGET_ID=$(get "$DEPARTMENT" "$EVALUATION/api/v1/targets?department=$MODEL&year=$YEAR&$query" | field id)
  if [[ -z $TARGET_ID ]]; then
    post "$DEPARTMENT" "$EVALUATION/api/v1/targets" application/json "@$file" 201 >/dev/null
    TARGET_ID=$(field id <"$RESPONSE")
  fi
  status=$(get "$DEPARTMENT" "$EVALUATION/api/v1/targets/$TARGET_ID" | field status)
  if [[ $status == DRAFT || $status == RETURNED ]]; then
    post "$DEPARTMENT" "$EVALUATION/api/v1/targets/$TARGET_ID/submit" application/json "" 200 >/dev/null
    status=SUBMITTED
  fi
  if [[ $status == SUBMITTED ]]; then
    post "$FINANCE" "$EVALUATION/api/v1/targets/$TARGET_ID/review" application/json \
      '{"decision":"APPROVE","grade":"EXCELLENT","comment":"目标明确，指标细化量化，与预算匹配"}' 200 >/dev/null
  fi
}

# The June checkpoint of performance monitoring (绩效运行监控) for a target set: $1 the set, $2 the body file, $3 a label.
monitor() {
  local checkpoint=$YEAR-06-30
  put "$DEPARTMENT" "$EVALUATION/api/v1/targets/$1/monitoring/$checkpoint" application/json "@$2" 200 >/dev/null
  say "  $3: monitored at $checkpoint: $(field status <"$RESPONSE")"
}

load_targets() {
  local dir=$DEMO/evaluation key
  approve_targets "$dir/targets.json" "scope=DEPARTMENT"
  say "evaluation-service: department targets (整体绩效目标) $TARGET_ID approved (finance)"
  monitor "$TARGET_ID" "$dir/monitoring-06-30.json" "department targets"
  for key in XXH YKF; do
    approve_targets "$dir/projects/$key.targets.json" "scope=PROJECT&projectKey=$key"
    say "  project $key targets (项目绩效目标) $TARGET_ID approved"
    monitor "$TARGET_ID" "$dir/projects/$key.monitoring-06-30.json" "project $key"
  done
  say "  city monitoring view at $YEAR-06-30: $(get "$FINANCE" "$EVALUATION/api/v1/monitoring?year=$YEAR&checkpoint=$YEAR-06-30" \
    | field total) project(s) or department(s) in YELLOW or RED"
}

# Each demo project's self-evaluation from its approved targets (framework PROJECT-TARGETS), reused when present.
load_project_evaluations() {
  local dir=$DEMO/evaluation key id input code
  for key in XXH YKF; do
    id=$(get "$DEPARTMENT" "$EVALUATION/api/v1/evaluations?department=$MODEL&year=$YEAR&kind=SELF&projectKey=$key" | field id)
    if [[ -z $id ]]; then
      post "$DEPARTMENT" "$EVALUATION/api/v1/evaluations" application/json \
        "{\"framework\":\"PROJECT-TARGETS\",\"department\":\"$MODEL\",\"year\":$YEAR,\"kind\":\"SELF\",\"projectKey\":\"$key\"}" 201 >/dev/null
      id=$(field id <"$RESPONSE")
    fi
    while IFS= read -r input; do
      [[ -z $input ]] && continue
      code=$(echo "$input" | field code)
      put "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$id/indicators/$code" application/json \
        "$(echo "$input" | sed -E 's/"code" *: *"[^"]*" *, *//')" 200 >/dev/null
    done <"$dir/projects/$key.actuals.ndjson"
    # 实际完成情况 of the 年度总体目标, printed beside the goal in the project's 自评表
    put "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$id/goal-outcome" application/json "@$dir/projects/$key.goal-outcome.json" 200 >/dev/null
    post "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$id/score" application/json "" 200 >/dev/null
    say "  project $key self-evaluation $id: total $(field total <"$RESPONSE"), grade $(field grade <"$RESPONSE")"
  done
}

# The review status (DRAFT, SUBMITTED, RETURNED, REVIEWED, FILED) of an evaluation or report JSON: the member after
# the one named (scoredAt, updatedAt), so that a version's or section's own status is not taken for it.
review_status() { grep -oE "\"$1\" *: *(\"[^\"]*\"|null) *, *\"status\" *: *\"[A-Z]+\"" | head -1 | sed -E 's/.*"([A-Z]+)"$/\1/'; }

# The year's deadlines (绩效目标申报, 绩效运行监控, 自评, 自评报告), set by finance
set_deadlines() {
  put "$FINANCE" "$EVALUATION/api/v1/cycles/$YEAR" application/json "@$DEMO/evaluation/cycle-$YEAR.json" 200 >/dev/null
  say "evaluation-service: $YEAR deadlines set (targets $(field targets <"$RESPONSE"), self-evaluation $(field selfEvaluation <"$RESPONSE"), report $(field report <"$RESPONSE"))"
}

load_evaluation() {
  local dir=$DEMO/evaluation
  EVALUATION_ID=$(get "$DEPARTMENT" "$EVALUATION/api/v1/evaluations?department=$MODEL&year=$YEAR&kind=SELF&subject=DEPARTMENT" | field id)
  if [[ -n $EVALUATION_ID ]]; then
    say "evaluation-service: reusing SELF evaluation $EVALUATION_ID of $MODEL/$YEAR"
    local status
    status=$(get "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID" | review_status scoredAt)
    if [[ $status != DRAFT && $status != RETURNED ]]; then
      get "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/result" >/dev/null
      say "  $status: kept as the finance bureau has it (total $(field total <"$RESPONSE"), grade $(field grade <"$RESPONSE"))"
      return 0
    fi
  else
    post "$DEPARTMENT" "$EVALUATION/api/v1/evaluations" application/json "@$dir/evaluation.json" 201 >/dev/null
    EVALUATION_ID=$(field id <"$RESPONSE")
    say "evaluation-service: created SELF evaluation $EVALUATION_ID of $MODEL/$YEAR (framework DEPT-OVERALL, key tasks from targets $(field targetSetId <"$RESPONSE"))"
  fi
  put "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/tasks" application/json "@$dir/tasks.json" 200 >/dev/null
  say "  key tasks (履职效能): $(grep -oE '"points": *[0-9.]+' "$dir/tasks.json" | sed -E 's/.*: *//' | paste -sd/ -) points"
  local input code n=0
  while IFS= read -r input; do
    [[ -z $input ]] && continue
    code=$(echo "$input" | field code)
    put "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/indicators/$code" application/json \
      "$(echo "$input" | sed -E 's/"code" *: *"[^"]*" *, *//')" 200 >/dev/null
    n=$((n + 1))
  done <"$dir/indicators.ndjson"
  say "  management indicator inputs (管理效能): $n"
  post "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/score" application/json "" 200 >/dev/null
  local result management
  result=$(cat "$RESPONSE")
  management=$(echo "$result" | grep -oE '"code" *: *"MANAGEMENT"[^{]*' | field score)
  say "  scored: total $(echo "$result" | field total), 管理效能 $management, grade $(echo "$result" | field grade)"
}

load_report() {
  local dir=$DEMO/report
  local reports
  reports=$(get "$DEPARTMENT" "$REPORT/api/v1/reports?department=$MODEL&year=$YEAR")
  REPORT_ID=$(echo "$reports" | field id)
  if [[ -n $REPORT_ID ]]; then
    say "report-service: reusing report $REPORT_ID of $MODEL/$YEAR"
    local bound
    bound=$(echo "$reports" | field evaluationId)
    if [[ -n $bound && $bound != "$EVALUATION_ID" ]]; then
      say "  note: report $REPORT_ID is bound to evaluation $bound, not $EVALUATION_ID (scored above)"
    fi
  else
    post "$DEPARTMENT" "$REPORT/api/v1/reports" application/json \
      "{\"department\":\"$MODEL\",\"year\":$YEAR,\"evaluationId\":$EVALUATION_ID}" 201 >/dev/null
    REPORT_ID=$(field id <"$RESPONSE")
    say "report-service: created report $REPORT_ID of $MODEL/$YEAR on evaluation $EVALUATION_ID"
  fi
  local status version
  status=$(get "$DEPARTMENT" "$REPORT/api/v1/reports/$REPORT_ID" | review_status updatedAt)
  if [[ $status != DRAFT && $status != RETURNED ]]; then
    version=$(field submittedVersion <"$RESPONSE")
    say "  $status: kept as the finance bureau has it (version $version)"
    write_report "$version"
    return 0
  fi
  local file key keys=()
  for file in "$dir"/sections/*.txt; do
    key=$(basename "$file" .txt)
    put "$DEPARTMENT" "$REPORT/api/v1/reports/$REPORT_ID/sections/$key" application/json "{\"text\":$(json_string "$file")}" 200 >/dev/null
    keys+=("$key")
  done
  say "  narrative sections: ${keys[*]}"
  post "$DEPARTMENT" "$REPORT/api/v1/reports/$REPORT_ID/versions" application/json "{}" 201 >/dev/null
  version=$(field version <"$RESPONSE")
  say "  version $version: $(field status <"$RESPONSE"), $(field fatalCount <"$RESPONSE") fatal and $(field warningCount <"$RESPONSE") warning findings, hash $(field contentHash <"$RESPONSE" | head -c 12)"
  post "$FINANCE" "$REPORT/api/v1/reports/$REPORT_ID/versions/$version/publish" application/json "" 200 >/dev/null
  say "  version $version published (by finance)"
  write_report "$version"
  REPORT_VERSION=$version
}

# The report version and its tables (附件) into out/
write_report() {
  local version=$1 base=$OUT/$MODEL-$YEAR-report format ext
  for format in pdf:pdf docx:docx html:html markdown:md json:json; do
    ext=${format#*:}; format=${format%%:*}
    curl -fsS -o "$base.$ext" -H "Authorization: Bearer $DEPARTMENT" "$REPORT/api/v1/reports/$REPORT_ID/versions/$version?format=$format"
  done
  say "report written: $base.{pdf,docx,html,md,json}"
  # the self-evaluation tables (附件) next to the report: the department's and one per scored project
  local table tables
  tables=$(get "$DEPARTMENT" "$REPORT/api/v1/reports/$REPORT_ID/versions/$version/tables" | grep -oE '"key" *: *"[^"]*"' | sed -E 's/.*"([^"]*)"$/\1/')
  for table in $tables; do
    for ext in xlsx docx pdf; do
      curl -fsS -o "$OUT/$MODEL-$YEAR-table-$table.$ext" -H "Authorization: Bearer $DEPARTMENT" \
        "$REPORT/api/v1/reports/$REPORT_ID/versions/$version/tables/$table?format=$ext"
    done
  done
  say "tables written: $OUT/$MODEL-$YEAR-table-{$(echo $tables | tr ' ' ',')}.{xlsx,docx,pdf}"
}

# The review (docs/workflow.md): the department submits its self-evaluation and report, finance accepts and files
# them (备案). A second run finds them filed and leaves them as they are.
review_and_file() {
  if [[ -n ${REPORT_VERSION:-} ]]; then
    post "$DEPARTMENT" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/submit" application/json "" 200 >/dev/null
    post "$FINANCE" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/review" application/json '{"decision":"ACCEPT","comment":"自评依据充分"}' 200 >/dev/null
    post "$FINANCE" "$EVALUATION/api/v1/evaluations/$EVALUATION_ID/file" application/json "" 200 >/dev/null
    say "evaluation $EVALUATION_ID: submitted by the department, accepted and filed by finance ($(review_status scoredAt <"$RESPONSE"))"
    post "$DEPARTMENT" "$REPORT/api/v1/reports/$REPORT_ID/versions/$REPORT_VERSION/submit" application/json "" 200 >/dev/null
    post "$FINANCE" "$REPORT/api/v1/reports/$REPORT_ID/review" application/json '{"decision":"ACCEPT"}' 200 >/dev/null
    post "$FINANCE" "$REPORT/api/v1/reports/$REPORT_ID/file" application/json "" 200 >/dev/null
    say "report $REPORT_ID version $REPORT_VERSION: submitted, accepted and filed ($(review_status updatedAt <"$RESPONSE"))"
  fi
  # the city board: every department's progress against the deadlines, and the public index (no token)
  get "$FINANCE" "$REPORT/api/v1/board/$YEAR" >/dev/null
  say "city board $YEAR: $(field departments <"$RESPONSE") department(s), $(grep -oE '"late" *: *[0-9]+' "$RESPONSE" | head -1 | sed -E 's/.*: *//') with a late step"
  curl -fsS -o "$RESPONSE" "$REPORT/api/v1/public/reports?year=$YEAR"
  say "public index $YEAR (no token): $(field total <"$RESPONSE") published report(s): $(field title <"$RESPONSE")"
}

load_budget
set_deadlines
load_targets
load_evaluation
load_project_evaluations
load_report
review_and_file
