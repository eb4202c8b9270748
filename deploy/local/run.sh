#!/usr/bin/env bash
# The README's run command: brings PostgreSQL up, builds what is missing, starts the services
# (budget 8081, evaluation 8082, report 8083) and keeps serving until Ctrl-C, which stops
# every process this script started.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
LOG_DIR="$ROOT/out/logs"
mkdir -p "$LOG_DIR"

deploy/local/db.sh

SERVICES=(budget-service:8081 evaluation-service:8082 report-service:8083)

needs_build() {
  local module=$1 jar="$1/target/quarkus-app/quarkus-run.jar"
  [[ ! -f "$jar" ]] && return 0
  [[ -n "$(find "$module/src" "$module/pom.xml" pom.xml -newer "$jar" -type f -print -quit)" ]]
}

to_build=()
for entry in "${SERVICES[@]}"; do
  module=${entry%%:*}
  needs_build "$module" && to_build+=("$module")
done
if ((${#to_build[@]})); then
  echo "[run] building ${to_build[*]} (first build downloads dependencies: a few minutes)"
  ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${to_build[*]}")" -am
fi

PIDS=()
stop_all() {
  trap - INT TERM EXIT
  if ((${#PIDS[@]})); then
    echo; echo "[run] stopping ${#PIDS[@]} services"
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

for entry in "${SERVICES[@]}"; do
  module=${entry%%:*}; port=${entry##*:}
  echo "[run] starting $module on :$port (log: out/logs/$module.log)"
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL=${QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL:-http://127.0.0.1:8081} \
  QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL=${QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL:-http://127.0.0.1:8082} \
    java ${JAVA_OPTS:-} -jar "$module/target/quarkus-app/quarkus-run.jar" >"$LOG_DIR/$module.log" 2>&1 &
  PIDS+=($!)
done

for entry in "${SERVICES[@]}"; do
  module=${entry%%:*}; port=${entry##*:}
  for i in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "${PIDS[@]}" 2>/dev/null; then echo "[run] a service exited; see out/logs/"; exit 1; fi
    sleep 1
  done
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "[run] $module is not ready; see out/logs/$module.log"; exit 1; }
done

if [[ -x deploy/local/demo.sh && "${JIXIAO_SKIP_DEMO:-}" != 1 ]]; then
  deploy/local/demo.sh
fi

echo "[run] ready. Swagger UI:"
for entry in "${SERVICES[@]}"; do
  echo "      ${entry%%:*}: http://127.0.0.1:${entry##*:}/q/swagger-ui"
done
if [[ -x deploy/local/demo.sh && "${JIXIAO_SKIP_DEMO:-}" != 1 ]]; then
  echo "[run] report: ${OUT_DIR:-out}/GZ-XFJ-2021-report.{pdf,docx,html,md,json}; logs: out/logs/"
fi
echo "[run] press Ctrl-C to stop"
wait
