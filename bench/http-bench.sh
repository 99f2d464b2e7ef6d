#!/usr/bin/env bash
# HTTP benchmark (issue 11.3): builds Release, generates (once, kept in /tmp/permitcms-httpbench) a SQLite file of
# 100,000 applications, starts the app as its own process on it and prints req/s, p50, p99 and the ratio to /health
# for the query page, the details pages (no goods, 20,000 goods) and 申报/撤回, all in one run.
# Extra arguments go to the bench: --seconds 10 --connections 16 --count 100000 --profile --app other/PermitCms.Web.dll
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build PermitCms.sln -c Release 2>&1 | grep -E "error|rror\(s\)" | sort -u
dotnet bench/PermitCms.HttpBench/bin/Release/net10.0/PermitCms.HttpBench.dll "$@"
