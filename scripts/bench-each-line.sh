#!/usr/bin/env bash
# The line-by-line validation benchmark: `selo validate --each-line --format
# json FILE > /dev/null` (release build, whole process) on 200,000 DMARC and
# 200,000 SPF records, the corpus rows of crates/selo/tests/fixtures/corpus
# repeated. Prints the median of RUNS runs: wall time and records per
# second, and CPU time (user+sys, all threads) and records per CPU second
# (the figure that holds on a busy machine).
#
#   scripts/bench-each-line.sh [RUNS] [COUNT]     (default 3 runs, 200000 records)
#
# SELO=path/to/selo times another binary (say an older build) instead of
# building target/release/selo. The record files are kept in
# target/bench-each-line/ for comparing outputs (`cmp`).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
count=${2:-200000}

. scripts/selo-bin.sh
dir=target/bench-each-line
mkdir -p "$dir"

# One record a line, cycling through the corpus rows of one type (records
# that span lines are left out: --each-line reads one record a line).
make_file() { # kind corpus-file out-file
  node -e '
    const [kind, src, out, count] = process.argv.slice(1);
    const rows = require("fs").readFileSync(src, "utf8").split("\n").filter(Boolean)
      .map(JSON.parse).filter(r => r.type === kind && !/[\r\n]/.test(r.record) && r.record.trim())
      .map(r => r.record);
    if (!rows.length) throw new Error("no " + kind + " rows in " + src);
    const lines = [];
    for (let i = 0; i < +count; i++) lines.push(rows[i % rows.length]);
    require("fs").writeFileSync(out, lines.join("\n") + "\n");
  ' "$1" "$2" "$3" "$count"
}

bench() { # label file
  local file=$2 walls=() cpus=() t wall cpu
  # One untimed run warms the page cache. Exit status 1 (an invalid
  # record) is expected; 2 (could not validate) stops the script.
  "$SELO" validate --each-line --format json "$file" >/dev/null || [ $? -eq 1 ]
  for _ in $(seq "$runs"); do
    # Wall, user and system seconds, in milliseconds.
    t=$( { TIMEFORMAT='%3R %3U %3S'; time { "$SELO" validate --each-line --format json "$file" >/dev/null || [ $? -eq 1 ]; }; } 2>&1 )
    read -r wall user sys <<<"${t//./}"
    walls+=($((10#$wall)))
    cpus+=($((10#$user + 10#$sys)))
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  printf '%-6s %d records: median %d ms wall, %d records/s; median %d ms CPU (user+sys), %d records per CPU second\n' \
    "$1" "$count" "$wall" $((count * 1000 / wall)) "$cpu" $((count * 1000 / cpu))
}

make_file dmarc crates/selo/tests/fixtures/corpus/dmarc.jsonl "$dir/dmarc.txt"
make_file spf crates/selo/tests/fixtures/corpus/spf.jsonl "$dir/spf.txt"
echo "$SELO validate --each-line --format json FILE > /dev/null ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
bench DMARC "$dir/dmarc.txt"
bench SPF "$dir/spf.txt"
