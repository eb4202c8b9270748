#!/usr/bin/env bash
# The README's test command: brings PostgreSQL and the databases up, runs every test, then lints the three
# services' OpenAPI documents that the build stored under */target/openapi (deploy/local/openapi-lint.sh,
# Redocly's recommended rules; docs/api.md, "OpenAPI lint"). Arguments go to Maven; with arguments (a
# partial run such as -pl budget-service) only the documents present are linted.
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/db.sh
./mvnw -B verify "$@"
if [ "$#" -eq 0 ]; then
  exec deploy/local/openapi-lint.sh
fi
present=()
for service in budget-service evaluation-service report-service; do
  if [ -f "$service/target/openapi/openapi.yaml" ]; then present+=("$service"); fi
done
if [ "${#present[@]}" -gt 0 ]; then exec deploy/local/openapi-lint.sh "${present[@]}"; fi
echo "[openapi-lint] no stored OpenAPI document to lint" >&2
