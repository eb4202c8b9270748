#!/usr/bin/env bash
# Benchmark of report-service rendering: time to GET a version as PDF (and the other formats), after warm-up.
# Runs the packaged service on its own database (jixiao_report_bench, recreated each run) and port, with both peers
# served by WireMock standalone from the model department's recorded contracts (contracts/, consumer report-service).
#
#   deploy/bench/render-bench.sh                       # 30 warm-up + 200 measured GETs per format
#   WARMUP=10 REQUESTS=50 deploy/bench/render-bench.sh # a quick run
#   PARALLEL=2 deploy/bench/render-bench.sh            # concurrent clients for the PDF run
# The service verifies tokens with the development key pair (deploy/local/keys.sh); every request carries a
# finance token from deploy/local/token.sh (WireMock, standing in for the peers, ignores the forwarded token).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WARMUP=${WARMUP:-30}
REQUESTS=${REQUESTS:-200}
PARALLEL=${PARALLEL:-1}
PORT=${BENCH_PORT:-18083}
PEER_PORT=${BENCH_PEER_PORT:-18090}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGADMIN_USER=${PGADMIN_USER:-postgres}
DB=jixiao_report_bench
WORK="$ROOT/deploy/bench/work/render"
FIXTURES="$ROOT/report-service/src/test/resources/fixtures"
CONTRACTS="$ROOT/contracts"
rm -rf "$WORK"; mkdir -p "$WORK/wiremock/mappings" "$WORK/wiremock/__files"

deploy/local/db.sh >/dev/null
admin() { PGPASSWORD="${PGADMIN_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" "$@"; }
admin -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER jixiao_report"

JAR="$ROOT/report-service/target/quarkus-app/quarkus-run.jar"
if [[ ! -f "$JAR" || -n "$(find report-service/src report-service/pom.xml -newer "$JAR" -type f -print -quit)" ]]; then
  echo "[bench] packaging report-service"
  ./mvnw -B -q package -DskipTests -pl report-service
fi
WIREMOCK_JAR=$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar 2>/dev/null | grep -v sources | tail -1)
if [[ -z "$WIREMOCK_JAR" ]]; then
  ./mvnw -B -q dependency:resolve -pl report-service >/dev/null
  WIREMOCK_JAR=$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar | grep -v sources | tail -1)
fi

# WireMock mappings: the model department (广州市信访局 GZ-XFJ, 2021) on both peers, as recorded in contracts/.
python3 - "$CONTRACTS" "$WORK/wiremock/mappings" <<'PY'
import glob, json, os, sys
contracts, out = sys.argv[1:]
for path in sorted(glob.glob(os.path.join(contracts, "*", "*.json"))):
    c = json.load(open(path, encoding="utf-8"))
    if "report-service" not in c.get("consumers", []):
        continue
    req = c["request"]
    url = req["path"]
    for name, value in (req.get("pathParams") or {}).items():
        url = url.replace("{" + name + "}", value)
    stub = {"method": req["method"], "urlPath": url}
    if req.get("query"):
        stub["queryParameters"] = {k: {"equalTo": v} for k, v in req["query"].items()}
    name = os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)
    json.dump({"request": stub, "response": {"status": c["response"]["status"], "jsonBody": c["response"]["body"],
               "headers": {"Content-Type": "application/json"}}}, open(os.path.join(out, name), "w"), ensure_ascii=False)
PY

PUBLIC_KEY=$(deploy/local/keys.sh)
AUTH="Authorization: Bearer $(JIXIAO_JWT_ISSUER=https://jixiao.local/dev deploy/local/token.sh finance)"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

java -jar "$WIREMOCK_JAR" --port "$PEER_PORT" --root-dir "$WORK/wiremock" --disable-banner >"$WORK/wiremock.log" 2>&1 &
PIDS+=($!)
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
QUARKUS_REST_CLIENT_BUDGET_SERVICE_URL="http://localhost:$PEER_PORT" \
QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL="http://localhost:$PEER_PORT" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PUBLIC_KEY" MP_JWT_VERIFY_ISSUER=https://jixiao.local/dev \
java ${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC} -jar "$JAR" >"$WORK/service.log" 2>&1 &
PIDS+=($!)
BASE="http://localhost:$PORT"
for _ in $(seq 1 120); do
  curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && curl -fsS "http://localhost:$PEER_PORT/__admin/mappings" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "report-service did not start; see $WORK/service.log"; exit 1; }

# The model report: narrative from the fixtures, one version.
ID=$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' -d '{"department":"GZ-XFJ","year":2021,"evaluationId":1}' "$BASE/api/v1/reports" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
python3 - "$FIXTURES/narrative.json" <<'PY' | while IFS=$'\t' read -r key body; do
import json, sys
for k, v in json.load(open(sys.argv[1])).items():
    print(k + "\t" + json.dumps({"text": v}, ensure_ascii=False))
PY
  curl -fsS -o /dev/null -X PUT -H "$AUTH" -H 'Content-Type: application/json' --data-binary "$body" "$BASE/api/v1/reports/$ID/sections/$key"
done
VERSION_JSON=$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/reports/$ID/versions")
echo "[bench] version: $VERSION_JSON" | cut -c1-200
URL="$BASE/api/v1/reports/$ID/versions/1"

measure() { # format parallel → prints p50 p95 p99 max mean (ms)
  local format=$1 par=$2
  for _ in $(seq 1 "$WARMUP"); do curl -fsS -o /dev/null -H "$AUTH" "$URL?format=$format"; done
  seq 1 "$REQUESTS" | xargs -P "$par" -I{} curl -fsS -o /dev/null -H "$AUTH" -w '%{time_total}\n' "$URL?format=$format" > "$WORK/times-$format-$par.txt"
  python3 - "$WORK/times-$format-$par.txt" <<'PY'
import sys, statistics
t = sorted(float(x) * 1000 for x in open(sys.argv[1]) if x.strip())
q = lambda p: t[min(len(t) - 1, int(round(p * (len(t) - 1))))]
print(f"n={len(t)} p50={q(.5):.0f}ms p95={q(.95):.0f}ms p99={q(.99):.0f}ms max={t[-1]:.0f}ms mean={statistics.mean(t):.0f}ms")
PY
}
SIZE=$(curl -fsS -H "$AUTH" "$URL?format=pdf" | wc -c)
echo "[bench] PDF size: $SIZE bytes"
echo "[bench] $(nproc) CPUs, JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:+UseParallelGC}, warm-up $WARMUP, requests $REQUESTS"
for f in pdf docx html markdown json; do
  printf '[bench] %-8s 1 client : %s\n' "$f" "$(measure "$f" 1)"
done
if ((PARALLEL > 1)); then
  printf '[bench] %-8s %s clients: %s\n' pdf "$PARALLEL" "$(measure pdf "$PARALLEL")"
fi
