#!/usr/bin/env bash
# The README's run command: brings PostgreSQL up, builds what is missing, starts the services
# (budget 8081, evaluation 8082, report 8083) and keeps serving until Ctrl-C, which stops
# every process this script started.
#
# Authentication: every /api/v1 call needs a bearer JWT. Unless MP_JWT_VERIFY_PUBLICKEY_LOCATION is set
# (a PEM file or an identity provider's JWKS URL: then that is used, with MP_JWT_VERIFY_ISSUER), the
# services verify with the development key pair deploy/local/.keys/public.pem (made on first use by
# deploy/local/keys.sh) and the issuer https://jixiao.local/dev, and deploy/local/token.sh signs tokens
# they accept. With an external identity provider the demo needs its tokens: JIXIAO_TOKEN (finance)
# and optionally JIXIAO_DEPARTMENT_TOKEN (a department user of GZ-XFJ); without JIXIAO_TOKEN it is skipped.
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

# the key the services verify tokens with: the user's (an identity provider) or the development pair
if [[ -n ${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-} ]]; then
  LOCAL_KEYS=0
  echo "[run] tokens verified with MP_JWT_VERIFY_PUBLICKEY_LOCATION=$MP_JWT_VERIFY_PUBLICKEY_LOCATION"
else
  LOCAL_KEYS=1
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=$(deploy/local/keys.sh)
  echo "[run] tokens verified with the development key pair: $MP_JWT_VERIFY_PUBLICKEY_LOCATION"
fi
export MP_JWT_VERIFY_PUBLICKEY_LOCATION
export MP_JWT_VERIFY_ISSUER=${MP_JWT_VERIFY_ISSUER:-https://jixiao.local/dev}
# token.sh signs with the issuer the services expect
export JIXIAO_JWT_ISSUER=${JIXIAO_JWT_ISSUER:-$MP_JWT_VERIFY_ISSUER}

RUN_DEMO=0
if [[ -x deploy/local/demo.sh && "${JIXIAO_SKIP_DEMO:-}" != 1 ]]; then
  if ((LOCAL_KEYS)) || [[ -n ${JIXIAO_TOKEN:-} ]]; then
    RUN_DEMO=1
  else
    echo "[run] the demo is skipped: the services trust an external key, so set JIXIAO_TOKEN (a finance token"
    echo "      from that identity provider; JIXIAO_DEPARTMENT_TOKEN optional) to load it"
  fi
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
    java ${JAVA_OPTS:--XX:+UseParallelGC} -jar "$module/target/quarkus-app/quarkus-run.jar" >"$LOG_DIR/$module.log" 2>&1 &
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

if ((RUN_DEMO)); then
  deploy/local/demo.sh
fi

echo "[run] ready. Swagger UI (Authorize with a bearer token):"
for entry in "${SERVICES[@]}"; do
  echo "      ${entry%%:*}: http://127.0.0.1:${entry##*:}/q/swagger-ui"
done
if ((RUN_DEMO)); then
  echo "[run] report: ${OUT_DIR:-out}/GZ-XFJ-2021-report.{pdf,docx,html,md,json}; logs: out/logs/"
fi
if ((LOCAL_KEYS)); then
  minutes=${JIXIAO_TOKEN_MINUTES:-480}
  echo "[run] a finance token, valid for $minutes minutes (until $(date -d "+$minutes minutes" '+%Y-%m-%d %H:%M' 2>/dev/null || date -v+"${minutes}"M '+%Y-%m-%d %H:%M')):"
  echo
  deploy/local/token.sh finance
  echo
  echo "      others: deploy/local/token.sh ROLE [DEPARTMENT...], e.g. deploy/local/token.sh department GZ-XFJ,"
  echo "      deploy/local/token.sh auditor, deploy/local/token.sh third-party GZ-XFJ GZ-MZJ (JIXIAO_TOKEN_MINUTES sets the validity)"
  echo "      curl -H \"Authorization: Bearer \$(deploy/local/token.sh)\" http://127.0.0.1:8081/api/v1/departments"
else
  echo "[run] tokens: from the identity provider behind $MP_JWT_VERIFY_PUBLICKEY_LOCATION (issuer $MP_JWT_VERIFY_ISSUER)"
fi
echo "[run] press Ctrl-C to stop"
wait
