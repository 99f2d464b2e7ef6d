#!/usr/bin/env bash
# Runs every PermitCms test: unit, HTTP, browser (Debian Chromium) and PostgreSQL.
# Installs Chromium, CJK fonts, PostgreSQL, LibreOffice and poppler-utils with apt when they are missing and this runs as
# root on Debian; starts a throwaway PostgreSQL cluster on 127.0.0.1 and stops it afterwards.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Accounts).
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n==> %s\n' "$*"; }

# --- 1. What the tests need -------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
[ -n "$(pg_bin)" ] || missing+=(postgresql)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
# The 电子批准单 tests read the PDF back (pdftotext, pdftoppm); PDFsharp embeds TrueType fonts only (not Noto's CFF):
# Droid Sans Fallback for CJK, which has no ASCII glyphs, and DejaVu Sans for digits and Latin.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || missing+=(fonts-droid-fallback)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing ${missing[*]} and not root on Debian: the tests that need them will skip (or fail under CI=true)." >&2
  fi
fi

# --- 2. A throwaway PostgreSQL cluster ----------------------------------------------------------------
PG_DIR=""
stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  fi
  [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
}
as_pg() {
  # initdb refuses to run as root: root runs the cluster as the postgres user.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
trap stop_postgres EXIT

if [ -n "$(pg_bin)" ] && { [ "$(id -u)" != 0 ] || id postgres >/dev/null 2>&1; }; then
  PG_DIR=$(mktemp -d /tmp/permitcms-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)
  log "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg "$(pg_bin)/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null
  export PERMITCMS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Pooling=true;Maximum Pool Size=20"
else
  echo "PostgreSQL is not available: its tests will skip (or fail under CI=true)." >&2
fi

# --- 3. The tests ------------------------------------------------------------------------------------
log "dotnet test"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=$(mktemp -d /tmp/permitcms-results.XXXXXX)
status=0
dotnet test PermitCms.sln -c Release --logger "trx;LogFilePrefix=run" --results-directory "$results" "$@" || status=$?

# One closing line over all test assemblies: "N passed, N failed, N skipped".
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is not None:
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)); s += int(c.get("notExecuted", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
rm -rf "$results"
exit $status
