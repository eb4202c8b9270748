#!/usr/bin/env bash
# The README's test command: brings PostgreSQL and the databases up, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/db.sh
exec ./mvnw -B verify "$@"
