#!/usr/bin/env bash
# A whole city through the batch jobs: scoring (SCORE_YEAR), report assembly (ASSEMBLE_YEAR), publishing and PDF
# rendering (RENDER_PUBLISHED), timed, with each service's heap watched; and the same for one department, to state
# how the cost grows with the city.
#
#   deploy/bench/city-bench.sh                             # 100 departments × 10 projects
#   DEPARTMENTS=5 PROJECTS=2 deploy/bench/city-bench.sh    # a quick run
#
# It packages the three services if needed (MVN_ARGS is passed to Maven, e.g. -Dmaven.repo.local=…), recreates its
# own databases (jixiao_{budget,evaluation,report}_citybench) and starts the services on their own ports
# (18181-18183) with -Xmx limits (BUDGET_XMX 512m, EVALUATION_XMX 512m, REPORT_XMX 768m), each peer pointed at the
# others, tokens verified with the development key pair (deploy/local/keys.sh). deploy/bench/CityBench.java then
# loads the city through the APIs (finance and department tokens, like deploy/local/demo.sh), runs the jobs, samples
# the heaps from /q/metrics and prints the summary; last, the logs are searched for OutOfMemoryError.
# Results in deploy/bench/work-city/ (summary.txt, the services' logs).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DEPARTMENTS=${DEPARTMENTS:-100}
PROJECTS=${PROJECTS:-10}
YEAR=${YEAR:-2025}
PARALLEL=${PARALLEL:-4}
BUDGET_XMX=${BUDGET_XMX:-512m}
EVALUATION_XMX=${EVALUATION_XMX:-512m}
REPORT_XMX=${REPORT_XMX:-768m}
BUDGET_PORT=${BUDGET_PORT:-18181}
EVALUATION_PORT=${EVALUATION_PORT:-18182}
REPORT_PORT=${REPORT_PORT:-18183}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGADMIN_USER=${PGADMIN_USER:-postgres}
WORK="$ROOT/deploy/bench/work-city"
rm -rf "$WORK"; mkdir -p "$WORK"

deploy/local/db.sh >/dev/null
admin() { PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="${PGADMIN_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" "$@"; }
for svc in budget evaluation report; do
  admin -d postgres -c "DROP DATABASE IF EXISTS jixiao_${svc}_citybench" -c "CREATE DATABASE jixiao_${svc}_citybench OWNER jixiao_${svc}"
done

# package what is missing or older than its sources (platform included: a clean checkout builds from nothing)
stale=()
for module in budget-service evaluation-service report-service; do
  jar=$module/target/quarkus-app/quarkus-run.jar
  if [[ ! -f $jar || -n "$(find $module/src $module/pom.xml platform/src -newer $jar -type f -print -quit)" ]]; then stale+=("$module"); fi
done
if ((${#stale[@]})); then
  echo "[city-bench] packaging ${stale[*]}"
  # shellcheck disable=SC2086
  ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${stale[*]}")" -am ${MVN_ARGS:-}
fi

PUBLIC_KEY=$(deploy/local/keys.sh)
PRIVATE_KEY=$(dirname "$PUBLIC_KEY")/private.pem
ISSUER=https://jixiao.local/dev
BUDGET=http://127.0.0.1:$BUDGET_PORT
EVALUATION=http://127.0.0.1:$EVALUATION_PORT
REPORT=http://127.0.0.1:$REPORT_PORT

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
start() { # name port xmx extra-env...
  local name=$1 port=$2 xmx=$3; shift 3
  env QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/jixiao_${name}_citybench" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PUBLIC_KEY" MP_JWT_VERIFY_ISSUER=$ISSUER "$@" \
    java -Xmx"$xmx" -jar "$name-service/target/quarkus-app/quarkus-run.jar" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
start budget "$BUDGET_PORT" "$BUDGET_XMX"
start evaluation "$EVALUATION_PORT" "$EVALUATION_XMX" QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL=$BUDGET
start report "$REPORT_PORT" "$REPORT_XMX" QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL=$BUDGET \
  QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL=$EVALUATION
for url in $BUDGET $EVALUATION $REPORT; do
  for _ in $(seq 1 120); do curl -fs "$url/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "$url/q/health/ready" >/dev/null || { echo "[city-bench] $url did not start; see $WORK/*.log"; exit 1; }
done

echo "[city-bench] $(nproc) CPUs; -Xmx budget $BUDGET_XMX, evaluation $EVALUATION_XMX, report $REPORT_XMX; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java deploy/bench/CityBench.java "$BUDGET" "$EVALUATION" "$REPORT" "$PRIVATE_KEY" "$ISSUER" "$DEPARTMENTS" "$PROJECTS" \
  "$YEAR" "$PARALLEL" deploy/local/demo "$WORK"
echo "[city-bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -l OutOfMemoryError "$WORK"/*.log; then
  echo "[city-bench] OutOfMemoryError in the log(s) above"
else
  echo "[city-bench] no OutOfMemoryError in the services' logs"
fi
echo "[city-bench] results in $WORK"
