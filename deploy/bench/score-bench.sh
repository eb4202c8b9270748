#!/usr/bin/env bash
# Scoring latency of evaluation-service apart from the budget-service call.
# Starts budget-service (:18091) and evaluation-service (:18092) on scratch databases, loads the
# model department's budget (deploy/local/demo) and its evaluation inputs, scores it WARMUP times,
# then REQUESTS times one after the other, and prints p50/p95/p99 of the whole request and of the
# request minus the budget-service call (the Server-Timing header "budget;dur=").
# Then, unless CONNECTIONS=0, wrk scores the same evaluation from CONNECTIONS parallel connections
# for DURATION seconds: throughput, whole-request latency, and the service's own Server-Timing
# split (budget;dur = budget-service calls, scoring;dur = scoring and storing) at p50/p99.
# Both services verify tokens with the development key pair (deploy/local/keys.sh); every request carries a
# finance token from deploy/local/token.sh, which evaluation-service forwards to budget-service.
set -euo pipefail
cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-100}
REQUESTS=${REQUESTS:-500}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-20}
if ((CONNECTIONS > 0)) && ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || true; fi
  command -v wrk >/dev/null || { echo "[score-bench] wrk is not installed: the concurrent phase is skipped"; CONNECTIONS=0; }
fi
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGADMIN_USER=${PGADMIN_USER:-postgres}
WORK=deploy/bench/work-score
rm -rf "$WORK"; mkdir -p "$WORK"
BUDGET=http://127.0.0.1:18091
EVALUATION=http://127.0.0.1:18092
DEMO=deploy/local/demo
EVAL_DEMO=$DEMO/evaluation

deploy/local/db.sh >/dev/null
admin() { PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="${PGADMIN_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" "$@"; }
for svc in budget evaluation; do
  admin -d postgres -c "DROP DATABASE IF EXISTS jixiao_${svc}_sbench" -c "CREATE DATABASE jixiao_${svc}_sbench OWNER jixiao_${svc}"
done
for module in budget-service evaluation-service; do
  jar=$module/target/quarkus-app/quarkus-run.jar
  if [[ ! -f $jar || -n "$(find $module/src -newer $jar -type f -print -quit)" ]]; then
    ./mvnw -B -q package -DskipTests -pl $module
  fi
done
export MP_JWT_VERIFY_PUBLICKEY_LOCATION
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$(deploy/local/keys.sh)
export MP_JWT_VERIFY_ISSUER=https://jixiao.local/dev
AUTH="Authorization: Bearer $(JIXIAO_JWT_ISSUER=$MP_JWT_VERIFY_ISSUER deploy/local/token.sh finance)"
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
QUARKUS_HTTP_PORT=18091 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/jixiao_budget_sbench" \
  java -jar budget-service/target/quarkus-app/quarkus-run.jar >"$WORK/budget.log" 2>&1 & PIDS+=($!)
QUARKUS_HTTP_PORT=18092 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/jixiao_evaluation_sbench" \
  QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL=$BUDGET \
  java -jar evaluation-service/target/quarkus-app/quarkus-run.jar >"$WORK/evaluation.log" 2>&1 & PIDS+=($!)
for url in $BUDGET $EVALUATION; do
  for _ in $(seq 1 60); do curl -fs "$url/q/health/ready" >/dev/null && break; sleep 1; done
done

json_post() { curl -fs -X "${3:-POST}" "$1" -H "$AUTH" -H 'Content-Type: application/json' --data-binary "$2" >/dev/null; }
grep '"code":"GZ-XFJ"' $DEMO/departments.ndjson | while IFS= read -r d; do json_post "$BUDGET/api/v1/departments" "$d"; done
grep '"department":"GZ-XFJ"' $DEMO/lines.ndjson | while IFS= read -r l; do
  json_post "$BUDGET/api/v1/departments/GZ-XFJ/budgets/2021/lines" "$l"; done
grep '"department":"GZ-XFJ"' $DEMO/adjustments.ndjson | while IFS= read -r a; do
  line=$(echo "$a" | sed -nE 's/.*"lineCode":"([^"]+)".*/\1/p')
  json_post "$BUDGET/api/v1/departments/GZ-XFJ/budgets/2021/lines/$line/adjustments" "$a"; done
curl -fs -X POST "$BUDGET/api/v1/departments/GZ-XFJ/budgets/2021/expenditures" -H "$AUTH" -H 'Content-Type: text/csv; charset=UTF-8' \
  --data-binary @$DEMO/payments/GZ-XFJ.csv >/dev/null

# the model department's evaluation as the demo enters it (deploy/local/demo/evaluation)
ID=$(curl -fs -X POST "$EVALUATION/api/v1/evaluations" -H "$AUTH" -H 'Content-Type: application/json' \
  --data-binary @$EVAL_DEMO/evaluation.json | sed -nE 's/^\{"id":([0-9]+).*/\1/p')
[[ -n $ID ]] || { echo "[score-bench] could not create the evaluation; see $WORK/evaluation.log"; exit 1; }
json_post "$EVALUATION/api/v1/evaluations/$ID/tasks" "$(cat $EVAL_DEMO/tasks.json)" PUT
sed -nE 's/^\{"code" *: *"([A-Z-]+)" *, *(.*)$/\1 {\2/p' $EVAL_DEMO/indicators.ndjson | while read -r code body; do
  json_post "$EVALUATION/api/v1/evaluations/$ID/indicators/$code" "$body" PUT; done
echo "[score-bench] total: $(curl -fs -X POST -H "$AUTH" "$EVALUATION/api/v1/evaluations/$ID/score" | sed -nE 's/.*"total":([0-9.]+),"grade":"([^"]+)".*/\1 \2/p')"

score() {
  curl -s -o /dev/null -D - -w 'TIME %{time_total}\n' -X POST -H "$AUTH" "$EVALUATION/api/v1/evaluations/$ID/score" |
    awk '/^[Ss]erver-[Tt]iming:/ { match($0, /budget;dur=[0-9]+/); b = substr($0, RSTART + 11, RLENGTH - 11) }
         /^TIME/ { t = $2 * 1000; printf "%.1f %.1f\n", t, t - b }'
}
for _ in $(seq 1 "$WARMUP"); do score >/dev/null; done
for _ in $(seq 1 "$REQUESTS"); do score; done >"$WORK/samples.txt"
pct() { sort -n | awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print a[i] }'; }
for column in 1 2; do
  label=$([[ $column == 1 ]] && echo "whole request (ms)        " || echo "apart from budget-service (ms)")
  printf '[score-bench] %s p50 %s  p95 %s  p99 %s  (n=%s)\n' "$label" \
    "$(cut -d' ' -f$column "$WORK/samples.txt" | pct 50)" "$(cut -d' ' -f$column "$WORK/samples.txt" | pct 95)" \
    "$(cut -d' ' -f$column "$WORK/samples.txt" | pct 99)" "$REQUESTS"
done

((CONNECTIONS > 0)) || exit 0
cat >"$WORK/score.lua" <<'LUA'
wrk.method = "POST"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) budget = {}; scoring = {} end
function response(status, headers, body)
  local t = headers["Server-Timing"] or headers["server-timing"]
  if status ~= 200 or t == nil then return end
  budget[#budget + 1] = tonumber(t:match("budget;dur=(%d+)"))
  scoring[#scoring + 1] = tonumber(t:match("scoring;dur=(%d+)"))
end
local function pct(values, p)
  table.sort(values)
  if #values == 0 then return 0 end
  return values[math.max(1, math.ceil(#values * p / 100))]
end
function done(summary, latency, requests)
  local all = {budget = {}, scoring = {}}
  for _, thread in ipairs(threads) do
    for _, name in ipairs({"budget", "scoring"}) do
      for _, v in ipairs(thread:get(name)) do table.insert(all[name], v) end
    end
  end
  io.write(string.format("[score-bench] wrk %d requests, %d errors (status), %.0f req/s\n", summary.requests,
    summary.errors.status, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("[score-bench] wrk whole request (ms)          p50 %.1f  p99 %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("[score-bench] wrk Server-Timing budget (ms)   p50 %d  p99 %d\n", pct(all.budget, 50), pct(all.budget, 99)))
  io.write(string.format("[score-bench] wrk Server-Timing scoring (ms)  p50 %d  p99 %d\n", pct(all.scoring, 50), pct(all.scoring, 99)))
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "$AUTH" -s "$WORK/score.lua" "$EVALUATION/api/v1/evaluations/$ID/score" | grep '^\[score-bench\]'
