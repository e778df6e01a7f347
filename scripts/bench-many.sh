#!/usr/bin/env bash
# The many-domain benchmark: N generated domains (d1.many.test ...
# dN.many.test, each like bench.test without MTA-STS and BIMI: MX, SPF with a
# three-level include tree, DMARC, DKIM s1, TLS-RPT) served by the DNS
# fixtures with 50 ms added to every DNS answer, checked by
# `selo check --domains` (release build) through the delaying DNS-over-HTTPS
# front, and by checkdmarc through a plain DNS listener in front of the same
# delay, in the same run.
#
#   scripts/bench-many.sh [N] [PARALLEL]     (default 1000 domains, 8 at once)
#
# CHECKDMARC=path/to/checkdmarc runs checkdmarc too (python3 -m venv v &&
# v/bin/pip install checkdmarc). checkdmarc takes plain DNS servers by IP
# on port 53 only (its DNSSEC check queries the server over TCP, which a
# DNS-over-HTTPS URL cannot serve), so this script starts one more dnsdist
# on 127.0.0.1:53 (UDP and TCP) that forwards to the delaying dnsdist on
# 127.0.0.1:5302: the same 50 ms per UDP answer as Selo's front
# (dnsdist's DelayAction delays UDP answers only, so checkdmarc's few TCP
# queries are not delayed). Port 53 must be free and the script allowed to
# bind it (root, or CAP_NET_BIND_SERVICE for dnsdist).
#
# The fixture ports are fixed: run it when no other fixtures are up. It
# starts its own and stops them, and the port-53 dnsdist, at the end.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
cd "$(dirname "$0")/.."
n=${1:-1000}
parallel=${2:-8}
resolver=http://127.0.0.1:8054/dns-query

# SELO_BIN=path uses a binary built beforehand (cargo build --release -p
# selo-cli); it is copied, so that another build into the same target
# directory cannot change it while it is measured.
if [ -z "${SELO_BIN:-}" ]; then
  cargo build --release -p selo-cli --locked >&2
  SELO_BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/selo
fi
work=$(mktemp -d)
cp "$SELO_BIN" "$work/selo"
selo=$work/selo

dir=$work/dns
port53=""
stop() {
  [ -n "$port53" ] && kill "$port53" 2>/dev/null || true
  tests/dns/down.sh "$dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
SELO_BENCH_DOMAINS=$n tests/dns/up.sh "$dir" >&2
seq 1 "$n" | sed 's/^/d/; s/$/.many.test/' > "$work/domains.txt"

t0=$(date +%s%N)
set +e
"$selo" check --domains "$work/domains.txt" --parallel "$parallel" --resolver "$resolver" \
  --ca-file "$dir/ca.pem" --format jsonl > "$work/selo.jsonl"
status=$?
set -e
t1=$(date +%s%N)
selo_ms=$(( (t1 - t0) / 1000000 ))
read -r checked queries trips most < <(node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
  const q = lines.reduce((s, r) => s + r.queries, 0);
  const t = lines.reduce((s, r) => s + r.round_trips, 0);
  const most = Math.max(...lines.map(r => r.queries));
  const ok = lines.filter(r => r.exists === true && r.checks.spf.status === "ok").length;
  console.log(ok, q, (t / lines.length).toFixed(1), most);
' "$work/selo.jsonl")
echo "selo check --domains ($n domains, --parallel $parallel, 50 ms per DNS answer): ${selo_ms} ms, exit $status;" \
  "$checked domains with SPF found; $queries DNS queries (at most $most per domain, $trips sequential round trips per domain on average);" \
  "at most $parallel domains, so at most $(( parallel * most )) queries, in flight"

if [ -n "${CHECKDMARC:-}" ]; then
  port53_front "$work"
  version=$("$CHECKDMARC" --version 2>/dev/null || true)
  t0=$(date +%s%N)
  # The list first: -n and -o take several values each.
  "$CHECKDMARC" "$work/domains.txt" -n 127.0.0.1 -f json -o "$work/checkdmarc.json" 2>"$work/checkdmarc.err" || true
  t1=$(date +%s%N)
  cd_ms=$(( (t1 - t0) / 1000000 ))
  found=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const all = Array.isArray(r) ? r : [r];
    console.log(all.filter(d => d.spf && d.spf.valid).length + " of " + all.length);
  ' "$work/checkdmarc.json" 2>/dev/null || { grep -v -e DSA -e dsa "$work/checkdmarc.err" >&2; echo "no result"; })
  echo "checkdmarc $version ($n domains, one at a time, 50 ms per UDP answer): ${cd_ms} ms; valid SPF found for $found domains"
  node -e 'const [a, b] = process.argv.slice(1).map(Number); console.log("selo is " + (b / a).toFixed(1) + " times faster")' "$selo_ms" "$cd_ms"
fi
