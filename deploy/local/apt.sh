# Sourced by the check scripts: apt_install PACKAGES... installs Debian packages quietly (as root), retrying after
# an apt-get update, and prints apt's output when it fails.
apt_install() {
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/jixiao-apt.XXXXXX")
  if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >"$log" 2>&1 ||
         { apt-get update -q >>"$log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$log" 2>&1; }; }; then
    tail -20 "$log" >&2; rm -f "$log"
    return 1
  fi
  rm -f "$log"
}
