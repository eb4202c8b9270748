#!/usr/bin/env bash
# XLSX payment import against CSV: the same 100,000 payments as CSV and as an XLSX filled into the service's own
# template (SXSSF), each posted to POST …/expenditures, then the XLSX again (all duplicates) and the export.
# Prints rows/s and the service's heap in use (sampled from /q/metrics while each import runs).
#
#   deploy/bench/xlsx-bench.sh                 # 100,000 rows, service heap -Xmx512m; each format twice (cold, warm)
#   ROWS=20000 XMX=256m deploy/bench/xlsx-bench.sh
#
# Its own database (jixiao_budget_xbench, recreated) and port 18085; a finance token from deploy/local/token.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ROWS=${ROWS:-100000}
YEAR=${YEAR:-2025}
XMX=${XMX:-512m}
PORT=${BENCH_PORT:-18085}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGADMIN_USER=${PGADMIN_USER:-postgres}
DB=jixiao_budget_xbench
WORK="$ROOT/deploy/bench/work-xlsx"
rm -rf "$WORK"; mkdir -p "$WORK"

deploy/local/db.sh >/dev/null
admin() { PGPASSWORD="${PGADMIN_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" "$@"; }
admin -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER jixiao_budget"

JAR=budget-service/target/quarkus-app/quarkus-run.jar
if [[ ! -f $JAR || -n "$(find budget-service/src platform/src -newer $JAR -type f -print -quit)" ]]; then
  echo "[xlsx-bench] building budget-service"
  ./mvnw -B -q install -DskipTests -pl platform && ./mvnw -B -q package -DskipTests -pl budget-service
fi
PUBLIC_KEY=$(deploy/local/keys.sh)
TOKEN=$(JIXIAO_JWT_ISSUER=https://jixiao.local/dev deploy/local/token.sh finance)
echo "[xlsx-bench] starting budget-service on :$PORT against $DB with -Xmx$XMX"
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PUBLIC_KEY" MP_JWT_VERIFY_ISSUER=https://jixiao.local/dev \
  java -Xmx"$XMX" -jar $JAR >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done

# POI for the generator comes from the packaged service's own libraries
JIXIAO_TOKEN=$TOKEN java -cp "budget-service/target/quarkus-app/lib/main/*" deploy/bench/BenchXlsx.java \
  "http://127.0.0.1:$PORT" "$WORK" "$ROWS" "$YEAR" | tee "$WORK/result.txt"
echo "[xlsx-bench] results in $WORK"
