#!/usr/bin/env bash
# Makes PostgreSQL available and creates, idempotently, one database and one login role per
# service, plus their test databases. Safe to run any number of times.
#
# Environment (all optional):
#   PGHOST (127.0.0.1)  PGPORT (5432)  PGADMIN_USER (postgres)  PGADMIN_PASSWORD (empty: trust/peer)
#   JIXIAO_DB_PASSWORD: password for every service role (default: the role name)
set -euo pipefail

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGADMIN_USER="${PGADMIN_USER:-postgres}"
SERVICES=(budget evaluation report)

log() { printf '[db] %s\n' "$*"; }

admin_psql() {
  PGPASSWORD="${PGADMIN_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" "$@"
}

reachable() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2
  else
    (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null
  fi
}

is_local_host() { [[ "$PGHOST" == "127.0.0.1" || "$PGHOST" == "localhost" || "$PGHOST" == "::1" ]]; }

start_local_cluster() {
  local started=1
  if command -v pg_lsclusters >/dev/null 2>&1; then
    while read -r ver name port status _; do
      [[ "$ver" =~ ^[0-9]+$ ]] || continue
      if [[ "$status" != online* ]]; then
        log "starting PostgreSQL cluster $ver/$name (port $port)"
        if [[ $EUID -eq 0 ]]; then
          pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true
        else
          pg_ctlcluster "$ver" "$name" start || sudo -n pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true
        fi
      fi
      started=0
    done < <(pg_lsclusters --no-header 2>/dev/null || true)
  fi
  return $started
}

install_postgresql() {
  if [[ $EUID -ne 0 ]]; then
    log "PostgreSQL is not installed and this script is not running as root."
    log "Install it first, for example: sudo apt-get install -y postgresql postgresql-client"
    log "or point PGHOST/PGPORT/PGADMIN_USER at an existing server."
    exit 1
  fi
  log "installing PostgreSQL from Debian packages (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql postgresql-client
}

wait_until_reachable() {
  for _ in $(seq 1 30); do reachable && return 0; sleep 1; done
  return 1
}

ensure_server() {
  if reachable; then log "PostgreSQL is running on $PGHOST:$PGPORT"; return; fi
  if ! is_local_host; then
    log "PostgreSQL at $PGHOST:$PGPORT does not answer, and it is not local, so this script cannot start it."
    exit 1
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    install_postgresql
  fi
  if ! start_local_cluster; then
    # packages present but no cluster: create the default one
    local ver
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    log "creating PostgreSQL cluster $ver/main"
    pg_createcluster "$ver" main --start -p "$PGPORT" || true
  fi
  wait_until_reachable || { log "PostgreSQL did not come up on $PGHOST:$PGPORT"; exit 1; }
  log "PostgreSQL is running on $PGHOST:$PGPORT"
}

# Admin access: over TCP when allowed, else through the local socket as the postgres OS user.
choose_admin_access() {
  if admin_psql -d postgres -c 'select 1' >/dev/null 2>&1; then return; fi
  if is_local_host && [[ $EUID -eq 0 ]] && command -v runuser >/dev/null 2>&1; then
    admin_psql() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PGPORT" "$@"; }
    if admin_psql -d postgres -c 'select 1' >/dev/null 2>&1; then return; fi
  fi
  log "cannot connect as admin user '$PGADMIN_USER' to $PGHOST:$PGPORT; set PGADMIN_USER/PGADMIN_PASSWORD"
  exit 1
}

ensure_role_and_db() {
  local role="$1" db="$2" password="$3"
  admin_psql -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN PASSWORD '$password';
  END IF;
END
\$\$;
SQL
  if [[ -z "$(admin_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
    admin_psql -d postgres -c "CREATE DATABASE $db OWNER $role ENCODING 'UTF8' TEMPLATE template0"
    log "created database $db (owner $role)"
  fi
  # only the owner may connect: one service cannot read another's data
  admin_psql -d postgres -c "REVOKE CONNECT ON DATABASE $db FROM PUBLIC; GRANT CONNECT ON DATABASE $db TO $role"
  admin_psql -d "$db" -c "ALTER SCHEMA public OWNER TO $role"
}

ensure_server
choose_admin_access
for service in "${SERVICES[@]}"; do
  role="jixiao_$service"
  password="${JIXIAO_DB_PASSWORD:-$role}"
  for db in "jixiao_$service" "jixiao_${service}_test" "jixiao_${service}_e2e"; do
    ensure_role_and_db "$role" "$db" "$password"
  done
done
log "databases ready: jixiao_{budget,evaluation,report}[_test|_e2e], one role per service"
