#!/usr/bin/env bash
# Benchmark of budget-service at city size: ingest through the batch API against a PostgreSQL COPY
# baseline, then execution and ranking latency under concurrent load (wrk).
#
#   deploy/bench/bench.sh                      # 120 departments, 2,000 lines, 1,000,000 payments
#   DEPARTMENTS=20 LINES=300 PAYMENTS=100000 WARMUP_PAYMENTS=50000 deploy/bench/bench.sh   # a quick run
#   (WARMUP_PAYMENTS, default 500,000: payments of the year before posted first, not measured, to compile the path)
#
# It uses its own database (BENCH_DB, default jixiao_budget_bench, recreated each run) and port 18081 (BENCH_PORT). The service verifies
# tokens with the development key pair (deploy/local/keys.sh); every request carries a finance token
# from deploy/local/token.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DEPARTMENTS=${DEPARTMENTS:-120}
LINES=${LINES:-2000}
PAYMENTS=${PAYMENTS:-1000000}
YEAR=${YEAR:-2025}
PARALLEL=${PARALLEL:-2}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${BENCH_PORT:-18081}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGADMIN_USER=${PGADMIN_USER:-postgres}
DB=${BENCH_DB:-jixiao_budget_bench}
WORK="$ROOT/deploy/bench/work"
rm -rf "$WORK"; mkdir -p "$WORK"

deploy/local/db.sh >/dev/null
if ! command -v wrk >/dev/null 2>&1; then
  if [[ $EUID -eq 0 ]]; then apt-get install -y -q wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
  else echo "wrk is needed: sudo apt-get install wrk"; exit 1; fi
fi
if ! command -v pgbench >/dev/null 2>&1; then
  if [[ $EUID -eq 0 ]]; then apt-get install -y -q postgresql-contrib >/dev/null || { apt-get update -q && apt-get install -y -q postgresql-contrib; }
  else echo "pgbench is needed: sudo apt-get install postgresql-contrib"; exit 1; fi
fi
admin() { PGPASSWORD="${PGADMIN_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" "$@"; }
admin -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER jixiao_budget"

JAR=budget-service/target/quarkus-app/quarkus-run.jar
if [[ ! -f $JAR || -n "$(find budget-service/src -newer $JAR -type f -print -quit)" ]]; then
  echo "[bench] building budget-service"
  ./mvnw -B -q package -DskipTests -pl budget-service
fi
PUBLIC_KEY=$(deploy/local/keys.sh)
TOKEN=$(JIXIAO_JWT_ISSUER=https://jixiao.local/dev deploy/local/token.sh finance)
AUTH="Authorization: Bearer $TOKEN"
echo "[bench] starting budget-service on :$PORT against $DB"
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PUBLIC_KEY" MP_JWT_VERIFY_ISSUER=https://jixiao.local/dev \
  java ${JAVA_OPTS:--Xmx2g -XX:+UseParallelGC} -jar $JAR >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done

echo "[bench] generating $DEPARTMENTS departments, $LINES lines, $PAYMENTS payments and ingesting them ($PARALLEL parallel requests)"
JIXIAO_TOKEN=$TOKEN java deploy/bench/BenchCity.java "http://127.0.0.1:$PORT" "$WORK" "$DEPARTMENTS" "$LINES" "$PAYMENTS" "$YEAR" "$PARALLEL" \
  "${WARMUP_PAYMENTS:-500000}" | tee "$WORK/ingest.txt"
read -r _ ROWS INGEST_S < <(grep '^ingest' "$WORK/ingest.txt")

# Baseline: the same rows with COPY, into a table shaped like expenditure (same columns and primary key),
# then into a plain heap without any index.
psql_svc() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U jixiao_budget -d $DB "$@"; }
psql_svc -c "CREATE TABLE bench_copy_pk (LIKE expenditure INCLUDING ALL)" \
         -c "CREATE TABLE bench_copy_heap (LIKE expenditure)"
copy_seconds() {
  local table=$1 start end
  start=$(date +%s.%N)
  psql_svc -c "\\copy $table (department_id, fiscal_year, voucher_no, line_id, paid_on, amount, description) FROM '$WORK/copy.tsv'"
  end=$(date +%s.%N)
  awk "BEGIN { print $end - $start }"
}
COPY_PK_S=$(copy_seconds bench_copy_pk)
COPY_HEAP_S=$(copy_seconds bench_copy_heap)
# as the database owner: the service role may not vacuum the system catalogues (a page of warnings otherwise)
admin -d $DB -c "VACUUM ANALYZE"

rate() { awk "BEGIN { printf \"%d\", $ROWS / $1 }"; }
pct() { awk "BEGIN { print 100 * $1 / $2 }"; }
INGEST_RATE=$(rate "$INGEST_S"); COPY_PK_RATE=$(rate "$COPY_PK_S"); COPY_HEAP_RATE=$(rate "$COPY_HEAP_S")
printf '\n[bench] ingest through the API: %s rows in %.2f s = %s rows/s\n' "$ROWS" "$INGEST_S" "$INGEST_RATE"
printf '[bench] COPY, same table shape:  %.2f s = %s rows/s  -> API/COPY = %.0f%%\n' "$COPY_PK_S" "$COPY_PK_RATE" \
  "$(pct "$INGEST_RATE" "$COPY_PK_RATE")"
printf '[bench] COPY, plain heap:        %.2f s = %s rows/s  -> API/COPY = %.0f%%\n' "$COPY_HEAP_S" "$COPY_HEAP_RATE" \
  "$(pct "$INGEST_RATE" "$COPY_HEAP_RATE")"

# First (uncached) computation of the city-wide reads, straight after the ingest changed the data
for asof in "$YEAR-12-31" "$YEAR-06-17"; do
  printf '[bench] ranking asOf=%s, first request (computed from the aggregates, not cached): %s s\n' "$asof" \
    "$(curl -s -o /dev/null -w '%{time_total}' -H "$AUTH" "http://127.0.0.1:$PORT/api/v1/budgets/$YEAR/ranking?asOf=$asof")"
done

cat >"$WORK/execution.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local asof = (n % 2 == 0) and "$YEAR-12-31" or "$YEAR-06-17"
  return wrk.format("GET", string.format("/api/v1/departments/BENCH-%03d/budgets/$YEAR/execution?asOf=%s", n % $DEPARTMENTS, asof))
end
LUA
# random department and date per request (43,800 combinations): nearly every request is computed
cat >"$WORK/execution-uncached.lua" <<LUA
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  math.randomseed(os.time() * 1000 + id)
end
request = function()
  local day = os.time{year=$YEAR, month=1, day=1, hour=12} + math.random(0, 364) * 86400
  return wrk.format("GET", string.format("/api/v1/departments/BENCH-%03d/budgets/$YEAR/execution?asOf=%s",
    math.random(0, $DEPARTMENTS - 1), os.date("%Y-%m-%d", day)))
end
LUA
latency() {
  local name=$1; shift
  echo "[bench] $name: wrk -t2 -c$CONNECTIONS -d$DURATION --latency $*"
  wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "$@" >/dev/null   # warm-up: the JIT compiles the path
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH" "$@" | tee "$WORK/$name.txt" | grep -E "Requests/sec|50%|99%|Non-2xx" || true
}
latency execution -s "$WORK/execution.lua" "http://127.0.0.1:$PORT"
latency execution-uncached -s "$WORK/execution-uncached.lua" "http://127.0.0.1:$PORT"

# The same computation as plain SQL, side by side: pgbench, CONNECTIONS clients, a random department and date per
# transaction, the reads of BudgetQueries (department and version; lines with their adjustments; the monthly aggregate
# before the month of asOf; that month's payments up to asOf, through the primary key prefix) with the figures of the
# execution (scope MUNICIPAL, the default) computed in SQL: per line initial, adjusted and spent, totals by category
# and by funding source, and per month the spending, cumulative spending and the budget adjusted at the month's end.
cat >"$WORK/execution.pgbench" <<SQL
\\set d random(0, $DEPARTMENTS - 1)
\\set doy random(0, 364)
SELECT d.id AS dep, COALESCE(y.last_changed_at::text, '') AS version, doy.asof - DATE '$YEAR-01-01' AS asofdoy,
       CASE WHEN doy.asof + 1 = date_trunc('month', doy.asof + 1)::date THEN 1 ELSE 0 END AS monthend,
       extract(month FROM doy.asof)::int AS month,
       date_trunc('month', doy.asof)::date - DATE '$YEAR-01-01' AS fromdoy
FROM department d LEFT JOIN department_year y ON y.department_id = d.id AND y.fiscal_year = $YEAR,
     (SELECT DATE '$YEAR-01-01' + :doy AS asof) doy
WHERE d.code = 'BENCH-' || lpad(:d::text, 3, '0') \\gset
\\if :monthend
\\set monthsbefore :month + 1
\\set fromdoy :asofdoy + 1
\\else
\\set monthsbefore :month
\\endif
WITH lines AS (
  SELECT l.id, l.line_code, l.category, l.funding_source, l.initial_amount,
         l.initial_amount + COALESCE((SELECT SUM(a.amount) FROM budget_adjustment a
                                      WHERE a.line_id = l.id AND a.effective_date <= DATE '$YEAR-01-01' + :asofdoy), 0) AS adjusted
  FROM budget_line l WHERE l.department_id = :dep AND l.fiscal_year = $YEAR AND l.funding_source = 'MUNICIPAL'),
spending AS (
  SELECT m.line_id, m.month, m.spent FROM line_monthly_spending m JOIN lines l ON l.id = m.line_id WHERE m.month < :monthsbefore
  UNION ALL
  SELECT e.line_id, :month, SUM(e.amount) FROM expenditure e JOIN lines l ON l.id = e.line_id
  WHERE e.department_id = :dep AND e.fiscal_year = $YEAR
    AND e.paid_on BETWEEN DATE '$YEAR-01-01' + :fromdoy AND DATE '$YEAR-01-01' + :asofdoy GROUP BY e.line_id),
per_line AS (
  SELECT l.*, COALESCE((SELECT SUM(s.spent) FROM spending s WHERE s.line_id = l.id), 0) AS spent FROM lines l)
SELECT 'line' AS kind, line_code, category, funding_source, NULL::int AS month,
       SUM(initial_amount) AS initial, SUM(adjusted) AS adjusted, SUM(spent) AS spent,
       round(100 * SUM(spent) / NULLIF(SUM(adjusted), 0), 2) AS rate
FROM per_line GROUP BY GROUPING SETS ((line_code, category, funding_source), (category), (funding_source), ())
UNION ALL
SELECT 'month', NULL, NULL, NULL, m.month, NULL,
       (SELECT SUM(l.initial_amount) + COALESCE(SUM((SELECT SUM(a.amount) FROM budget_adjustment a WHERE a.line_id = l.id
               AND a.effective_date <= (make_date($YEAR, m.month, 1) + interval '1 month - 1 day')::date)), 0) FROM lines l),
       m.spent, SUM(m.spent) OVER (ORDER BY m.month)
FROM (SELECT month, SUM(spent) AS spent FROM spending GROUP BY month) m
ORDER BY kind, month, line_code;
SQL
PGBENCH_S=${DURATION%s}
echo "[bench] execution as plain SQL: pgbench -c$CONNECTIONS -j2 -T$PGBENCH_S (a random department and date per transaction)"
PGPASSWORD=jixiao_budget pgbench -n -h "$PGHOST" -p "$PGPORT" -U jixiao_budget -c"$CONNECTIONS" -j2 -T5 -f "$WORK/execution.pgbench" $DB >/dev/null
PGPASSWORD=jixiao_budget pgbench -n -h "$PGHOST" -p "$PGPORT" -U jixiao_budget -c"$CONNECTIONS" -j2 -T"$PGBENCH_S" \
  -f "$WORK/execution.pgbench" -l --log-prefix="$WORK/pgbench" $DB | tee "$WORK/execution-sql.txt" | grep -E "latency average|tps|failed" || true
# p50/p99 from the per-transaction log (3rd column: the latency in microseconds)
cat "$WORK"/pgbench.* | awk '{ print $3 }' | sort -n | awk '{ a[NR] = $1 } END {
  printf "[bench] execution as plain SQL: %d transactions, p50 %.2f ms, p99 %.2f ms\n", NR, a[int(NR * 0.5 + 0.5)] / 1000, a[int(NR * 0.99 + 0.5)] / 1000 }' \
  | tee -a "$WORK/execution-sql.txt"
latency ranking "http://127.0.0.1:$PORT/api/v1/budgets/$YEAR/ranking?asOf=$YEAR-12-31"
latency ranking-midmonth "http://127.0.0.1:$PORT/api/v1/budgets/$YEAR/ranking?asOf=$YEAR-06-17"
echo "[bench] results in $WORK"
