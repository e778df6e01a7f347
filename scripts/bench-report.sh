#!/usr/bin/env bash
# The report reader's benchmark, as a user runs it: the whole release
# `selo report` process on a large DMARC aggregate report, plain and gzipped,
# with `--format json` and `--format csv` (output to /dev/null).
#
#   scripts/bench-report.sh [RUNS] [MB]     (default 5 runs, a report of about 40 MB)
#
# The input is parsedmarc's large sample (tests/fixtures/reports/.../
# !large-example.com!...xml, 2,286 rows) with its <record> elements repeated,
# each copy's source addresses moved to another /16 so that every row is its
# own sending source, as in a big receiver's report (the worst case);
# DISTINCT=0 keeps the addresses, so the sample's 2,286 rows' sources repeat
# in every copy, as in a real batch, which has far fewer sources than rows
# (file large-MBmb-repeat.xml). Prints, for each case, the
# median wall time, the rate in MB of XML per second and the peak memory
# (maximum resident set size from /usr/bin/time -v) against the input size.
#
# SELO=path/to/selo uses that binary instead of building target/release/selo.
#
# parsedmarc then reads the same plain XML once, offline (`--offline`: no DNS
# or geolocation lookups, its bundled maps only), writing its JSON and CSV to
# a temporary directory, and the ratio of its CPU time to selo's
# (`--format json`) is printed. It is installed from PyPI into a throwaway
# virtual environment, ${PARSEDMARC_VENV:-/tmp/selo-parsedmarc}, when
# missing; PARSEDMARC=path/to/parsedmarc uses another, PARSEDMARC=skip leaves
# it out. It is stopped after PARSEDMARC_CAP seconds (default 1800).
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
cd "$(dirname "$0")/.."
runs=${1:-5}
mb=${2:-40}
distinct=${DISTINCT:-1}

. scripts/selo-bin.sh
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

dir=${BENCH_DIR:-target/bench-report}
mkdir -p "$dir"
sample='crates/selo/tests/fixtures/reports/dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml'
xml=$dir/large-${mb}mb.xml
if [ "$distinct" = 0 ]; then xml=$dir/large-${mb}mb-repeat.xml; fi
if [ ! -s "$xml" ] || [ "$sample" -nt "$xml" ]; then
  python3 - "$sample" "$xml" "$mb" "$distinct" <<'EOF'
import re, sys
src, dst, mb, distinct = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] != "0"
text = open(src, encoding="utf-8").read()
first = text.index("<record>")
last = text.rindex("</record>") + len("</record>")
head, records, tail = text[:first], text[first:last], text[last:]
copies = max(1, round(mb * 1_000_000 / len(records)))
with open(dst, "w", encoding="utf-8") as out:
    out.write(head)
    for i in range(copies):
        # 12.20.x.y -> a.b.x.y, a different /16 for each copy.
        a, b = 12 + (20 + i) // 256, (20 + i) % 256
        out.write(re.sub(r"<source_ip>12\.20\.", f"<source_ip>{a}.{b}.", records) if distinct else records)
        out.write("\n ")
    out.write(tail)
EOF
fi
gz=$xml.gz
if [ ! -s "$gz" ] || [ "$xml" -nt "$gz" ]; then
  gzip -6 -c "$xml" >"$gz"
fi
xml_bytes=$(stat -c %s "$xml")
gz_bytes=$(stat -c %s "$gz")
rows=$(grep -c '<record>' "$xml")
echo "input: $xml: $xml_bytes bytes, $rows rows; gzipped $gz_bytes bytes" >&2
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# One run: prints "wall_seconds max_rss_kb cpu_seconds".
one() {
  local t
  t=$(mktemp)
  /usr/bin/time -v -o "$t" "$SELO" report --format "$1" "$2" >/dev/null
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
              /User time|System time/ { cpu += $2 }
              /Maximum resident set size/ { rss = $2 }
              END { printf "%.3f %d %.3f\n", s, rss, cpu }' "$t"
  rm -f "$t"
}

printf '%-6s %-5s %9s %8s %8s %11s %11s %10s %8s\n' input fmt "wall (s)" "MB/s" "CPU (s)" "MB/CPU s" "max RSS MB" "RSS/input" "RSS/xml"
for file in "$xml" "$gz"; do
  in_bytes=$(stat -c %s "$file")
  kind=xml
  [ "$file" = "$gz" ] && kind=xml.gz
  for fmt in json csv; do
    results=()
    for _ in $(seq "$runs"); do
      results+=("$(one "$fmt" "$file")")
    done
    # Median by wall time; the RSS is the largest seen.
    line=$(printf '%s\n' "${results[@]}" | sort -n | awk -v runs="$runs" -v xb="$xml_bytes" -v ib="$in_bytes" \
      -v kind="$kind" -v fmt="$fmt" '
      { w[NR] = $1; c[NR] = $3; if ($2 > rss) rss = $2 }
      END {
        m = (runs % 2) ? w[(runs + 1) / 2] : (w[runs / 2] + w[runs / 2 + 1]) / 2
        # The CPU time of the run with the median wall time.
        cm = (runs % 2) ? c[(runs + 1) / 2] : (c[runs / 2] + c[runs / 2 + 1]) / 2
        printf "%-6s %-5s %9.3f %8.1f %8.2f %11.1f %11.1f %9.2fx %7.2fx\n", kind, fmt, m, xb / m / 1e6, cm, xb / cm / 1e6, rss / 1024, rss * 1024 / ib, rss * 1024 / xb
      }')
    echo "$line"
    if [ "$kind" = xml ] && [ "$fmt" = json ]; then
      selo_wall=$(echo "$line" | awk '{ print $3 }')
      selo_cpu=$(echo "$line" | awk '{ print $5 }')
    fi
  done
done
echo "(MB/s: MB of XML per second of wall time, for the gzipped file too; MB/CPU s: per second of user+system time)" >&2

pm=${PARSEDMARC:-}
[ "$pm" = skip ] && exit 0
[ -n "$pm" ] || pm=$(parsedmarc_bin)
out=$(mktemp -d)
t=$(mktemp)
# One run: parsedmarc takes tens of seconds on this input.
set +e
/usr/bin/time -v -o "$t" timeout "${PARSEDMARC_CAP:-1800}" "$pm" --offline -s -o "$out" "$xml" >/dev/null 2>"$out/stderr"
status=$?
set -e
version=$("$pm" --version 2>/dev/null | tail -n 1)
pm_rows=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))[0]["records"]))' "$out/aggregate.json" 2>/dev/null || echo "?")
awk -F': ' -v xb="$xml_bytes" -v sw="$selo_wall" -v sc="$selo_cpu" -v st="$status" -v v="$version" -v rows="$pm_rows" '
  /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
  /User time|System time/ { cpu += $2 }
  /Maximum resident set size/ { rss = $2 }
  END {
    printf "%-6s %-5s %9.3f %8.1f %8.2f %11.1f %11.1f %9s %7.2fx   parsedmarc %s --offline, %s rows, exit %s\n", "xml", "pm", s, xb / s / 1e6, cpu, xb / cpu / 1e6, rss / 1024, "", rss * 1024 / xb, v, rows, st
    printf "selo report --format json is %.1f times faster than parsedmarc --offline in CPU time (%.1f in wall time)\n", cpu / sc, s / sw
  }' "$t"
[ "$status" = 0 ] || { echo "parsedmarc did not finish (exit $status, 124: stopped at the cap):" >&2; tail -n 5 "$out/stderr" >&2; }
rm -rf "$out" "$t"
