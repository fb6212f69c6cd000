#!/usr/bin/env bash
# The print spooler the printing tests and the bench use: a real cupsd with a cups-pdf
# queue, so a test "print" goes through lp, the filters and the backend like a real one.
#
#   .ci/cups.sh          start cupsd if it is not running (recording the pid of the one it
#                        started), make the queue ready, print where the PDFs land
#   .ci/cups.sh stop     stop the cupsd this script started (by its recorded pid), nothing else
#
# Idempotent: safe to run again; an existing queue is re-enabled, made to accept jobs and
# emptied of leftover jobs (a crashed test may have left it disabled or rejecting).
# Queue name: $KIOSK_PRINT_QUEUE (default KioskPDF). Exits non-zero if the spooler cannot be
# made ready, so a CI run fails here rather than skipping the printing tests.
set -euo pipefail
export LC_ALL=C LANG=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
queue="${KIOSK_PRINT_QUEUE:-KioskPDF}"
state_dir="$root/.tmp/cups"
pidfile="$state_dir/cupsd-started.pid"
ppd="lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"

say() { echo "cups.sh: $*"; }
die() { echo "cups.sh: $*" >&2; exit 1; }

scheduler_running() { lpstat -r 2>/dev/null | grep -q '^scheduler is running'; }

stop() {
  if [ ! -f "$pidfile" ]; then
    say "no cupsd started by this script (no $pidfile); leaving the spooler alone"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  if [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" = "cupsd" ]; then
    kill "$pid"
    for _ in $(seq 1 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
    say "stopped cupsd $pid"
  else
    say "cupsd $pid is no longer running"
  fi
  rm -f "$pidfile"
}

# Where cups-pdf writes: `Out` in cups-pdf.conf, with ${HOME} being the job owner's home.
out_dir() {
  local conf=/etc/cups/cups-pdf.conf out home
  out="$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' "$conf" 2>/dev/null | tail -n 1)"
  out="${out:-/var/spool/cups-pdf/\${USER\}}"
  home="$(getent passwd "$(id -un)" | cut -d: -f6)"
  out="${out//\$\{HOME\}/${home:-$HOME}}"
  echo "${out//\$\{USER\}/$(id -un)}"
}

# Privacy: CUPS keeps every printed document for a day by default (PreserveJobFiles 86400),
# here each visitor's checklist. Keep none, and the job list (titles only) for 5 minutes,
# long enough for the kiosk to see a job complete. cupsctl rewrites cupsd.conf and makes
# cupsd restart itself, so it runs only when a value differs (idempotent), and, when
# KIOSK_CUPS_LOCK names a lock file, while holding it (the spooler may be shared with other
# test runs, which print under the same lock).
PRIVACY_SETTINGS=(PreserveJobFiles=No PreserveJobHistory=300)
privacy_ok() {
  local now
  now="$(cupsctl 2>/dev/null)" || return 1
  for kv in "${PRIVACY_SETTINGS[@]}"; do grep -qx "$kv" <<<"$now" || return 1; done
}
privacy() {
  if privacy_ok; then
    say "spooler keeps no printed documents (${PRIVACY_SETTINGS[*]})"
    return 0
  fi
  apply() {
    privacy_ok && return 0
    cupsctl "${PRIVACY_SETTINGS[@]}" || die "cupsctl ${PRIVACY_SETTINGS[*]} failed"
    for _ in $(seq 1 100); do scheduler_running && privacy_ok && break; sleep 0.1; done
  }
  if [ -n "${KIOSK_CUPS_LOCK:-}" ]; then
    exec 9>"$KIOSK_CUPS_LOCK"
    flock -w 600 9 || die "could not take $KIOSK_CUPS_LOCK"
    apply
    flock -u 9
  else
    apply
  fi
  scheduler_running || die "cupsd did not come back after cupsctl"
  privacy_ok || die "the spooler still keeps printed documents after cupsctl ${PRIVACY_SETTINGS[*]}"
  say "set ${PRIVACY_SETTINGS[*]} (the spooler keeps no printed checklists)"
}

start() {
  for cmd in cupsd lpadmin lpstat lp cancel cupsenable cupsaccept; do
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' not found: apt-get install -y cups printer-driver-cups-pdf"
  done
  [ -e /usr/lib/cups/backend/cups-pdf ] || die "cups-pdf backend missing: apt-get install -y printer-driver-cups-pdf"
  mkdir -p "$state_dir"

  if scheduler_running; then
    say "cupsd already running; using it"
  else
    [ "$(id -u)" = 0 ] || die "cupsd is not running and starting it needs root"
    mkdir -p /run/cups
    rm -f /run/cups/cupsd.pid
    cupsd # daemonizes and writes /run/cups/cupsd.pid
    for _ in $(seq 1 100); do scheduler_running && break; sleep 0.1; done
    scheduler_running || die "cupsd did not come up within 10 s"
    for _ in $(seq 1 20); do [ -s /run/cups/cupsd.pid ] && break; sleep 0.1; done
    pid="$(cat /run/cups/cupsd.pid 2>/dev/null || pgrep -n -x cupsd)"
    echo "$pid" >"$pidfile"
    say "started cupsd (pid $pid, recorded in $pidfile; stop it with: .ci/cups.sh stop)"
  fi

  privacy

  if ! lpstat -p "$queue" >/dev/null 2>&1; then
    # lpadmin warns that printer drivers are deprecated; the PPD still works.
    lpadmin -p "$queue" -E -v cups-pdf:/ -m "$ppd" 2>&1 | grep -v 'deprecated' || true
    lpstat -p "$queue" >/dev/null 2>&1 || die "could not create queue $queue"
    say "created queue $queue"
  fi
  # Without pdftocairo, a Chromium PDF comes out with its text as unreadable Type 3 symbols.
  lpadmin -p "$queue" -o pdftops-renderer-default=pdftocairo
  cancel -a "$queue" 2>/dev/null || true
  cupsenable "$queue"
  cupsaccept "$queue"
  lpstat -p "$queue" | grep -q 'enabled' || die "queue $queue is not enabled"
  lpstat -a "$queue" | grep -q 'accepting requests' || die "queue $queue is not accepting jobs"
  say "queue $queue ready; PDFs land in $(out_dir) as <title>-job_<N>.pdf"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  out-dir) out_dir ;;
  *) die "usage: .ci/cups.sh [start|stop|out-dir]" ;;
esac
