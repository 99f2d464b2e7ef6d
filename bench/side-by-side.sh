#!/usr/bin/env bash
# Two builds of the app side by side (issue 11): each on its own copy of the HTTP bench's SQLite file, on ports 5400
# and 5401 at once, with short wrk runs alternating between them. A machine whose speed drifts by 40 % within minutes
# then drifts under both builds alike, which sequential before/after runs do not give.
#
#   bench/side-by-side.sh BEFORE_DIR AFTER_DIR [REPS] [PATH ...]
#
# BEFORE_DIR and AFTER_DIR hold a built PermitCms.Web.dll (e.g. a copy of src/PermitCms.Web/bin/Release/net10.0 made
# before the change, and that directory itself after it). Run bench/http-bench.sh once first: it generates the file
# (/tmp/permitcms-httpbench/permitcms-100000.db) and its drafts. PATHs default to /health and 批准单查询; details pages
# are added by id, e.g. "/Permits/Details?id=100151". Each line prints, per build, the app's CPU time per request
# (user + system of all its threads, from /proc) and req/s, for REPS (default 6) alternating 4 s runs after a 10 s
# warm-up of each path on each build. Compare medians; a single pair says little.
set -euo pipefail
[ $# -ge 2 ] || { sed -n 2,13p "$0"; exit 2; }
BEFORE=$(realpath "$1"); AFTER=$(realpath "$2"); REPS=${3:-6}; shift $(( $# >= 3 ? 3 : 2 ))
PATHS=("$@"); [ ${#PATHS[@]} -gt 0 ] || PATHS=("/health" "/Permits/Query")
DB=/tmp/permitcms-httpbench/permitcms-100000.db
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$DB" ] || { echo "$DB is missing: run bench/http-bench.sh once first" >&2; exit 1; }
WEB="$(cd "$(dirname "$0")/../src/PermitCms.Web" && pwd)"
WORK=$(mktemp -d /tmp/permitcms-side-by-side.XXXXXX)
declare -A PID
cleanup() { for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

start() { # dir port
  cp "$DB" "$WORK/$2.db"
  (cd "$WEB" && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__PermitCms="Data Source=$WORK/$2.db" Captcha__Enabled=false \
    SignInLimits__PerUserName=100000 Seed__DemoData=true Logging__LogLevel__Default=Warning \
    exec dotnet "$1/PermitCms.Web.dll" --urls "http://127.0.0.1:$2" >"$WORK/$2.log" 2>&1) &
  PID[$2]=$!
}
start "$BEFORE" 5400
start "$AFTER" 5401
for port in 5400 5401; do
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "the app on $port did not start: $WORK/$port.log" >&2; cat "$WORK/$port.log" >&2; exit 1; }
done

# A fresh sign-in before each run, as the HTTP bench does: a cookie older than a minute is re-validated on every request.
login() {
  local jar="$WORK/jar-$1" base="http://127.0.0.1:$1" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base/Account/Login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.UserName=ent1" --data-urlencode "Input.Password=Demo@2026"
  sed 's/^#HttpOnly_//' "$jar" | grep -v '^#' | awk 'NF>=7{printf "%s%s=%s", sep, $6, $7; sep="; "}'
}
ticks() { awk '{print $14+$15}' "/proc/${PID[$1]}/stat"; }
run() { # port path seconds -> "cpu-ms/req req/s"
  local cookie a b out
  cookie=$(login "$1"); a=$(ticks "$1")
  out=$(wrk -t2 -c16 -d"$3"s -H "Cookie: $cookie" "http://127.0.0.1:$1$2"); b=$(ticks "$1")
  echo "$out" | awk -v a="$a" -v b="$b" -v hz="$(getconf CLK_TCK)" '/requests in/{n=$1} /Requests\/sec/{r=$2} /Non-2xx/{bad=$5} END{printf "%.3f %s%s", (b-a)*1000/hz/n, r, bad ? " (non-2xx: " bad ")" : ""}'
}

for path in "${PATHS[@]}"; do run 5400 "$path" 10 >/dev/null; run 5401 "$path" 10 >/dev/null; done
echo "path | before: app CPU ms/req, req/s | after: app CPU ms/req, req/s"
for _ in $(seq "$REPS"); do
  for path in "${PATHS[@]}"; do
    echo "$path | $(run 5400 "$path" 4) | $(run 5401 "$path" 4)"
  done
done
