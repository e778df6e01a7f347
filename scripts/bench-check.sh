#!/usr/bin/env bash
# The domain-check benchmark: `selo check bench.test` (release build) through
# the DNS-over-HTTPS front that adds 50 ms to every DNS answer
# (http://127.0.0.1:8054/dns-query, tests/dns/up.sh), and the number of
# sequential round trips the check needed.
#
#   scripts/bench-check.sh [RUNS]      (default 20 runs)
#
# Uses hyperfine when installed (apt-get install hyperfine), otherwise times
# the runs itself. Starts the DNS fixtures when they are not running (and
# stops them again at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
resolver=http://127.0.0.1:8054/dns-query

cargo build --release -p selo-cli --locked >&2
selo=$PWD/target/release/selo

dir=${SELO_TEST_DNS_DIR:-}
if [ -z "$dir" ]; then
  dir=$(mktemp -d)
  trap 'tests/dns/down.sh "$dir"' EXIT
  tests/dns/up.sh "$dir" >&2
fi
cmd=("$selo" check bench.test --resolver "$resolver" --ca-file "$dir/ca.pem" --format json)

json=$("${cmd[@]}") || { echo "selo check bench.test failed:" >&2; echo "$json" >&2; exit 1; }
round_trips=$(printf '%s' "$json" | sed -n 's/^  "round_trips": \([0-9]*\),$/\1/p')
queries=$(printf '%s' "$json" | sed -n 's/^  "queries": \([0-9]*\),$/\1/p')

if command -v hyperfine >/dev/null; then
  out=$(mktemp)
  hyperfine --warmup 3 --runs "$runs" --style basic --export-json "$out" \
    "$(printf '%q ' "${cmd[@]}") >/dev/null" >&2
  median_ms=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).results[0];console.log(Math.round(r.median*1000))' "$out")
  min_ms=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).results[0];console.log(Math.round(r.min*1000))' "$out")
  rm -f "$out"
else
  times=()
  for _ in $(seq 3); do "${cmd[@]}" >/dev/null; done
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "${cmd[@]}" >/dev/null; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median_ms=${sorted[$(( runs / 2 ))]}
  min_ms=${sorted[0]}
fi

echo "selo check bench.test with 50 ms per DNS answer: median ${median_ms} ms (fastest ${min_ms} ms) over ${runs} runs; ${queries} queries in ${round_trips} sequential round trips"
