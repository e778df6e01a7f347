#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 60), one after the
# other, each seeded from the record corpus, and prints the executions each
# target made. Stops at the first crash (its input is kept under
# fuzz/artifacts/<target>/).
#
#   scripts/fuzz.sh            # 60 s per target
#   scripts/fuzz.sh 600        # 10 min per target
#   scripts/fuzz.sh 20 spf     # only the named targets
#   RUNS=2000000 scripts/fuzz.sh 3600   # stop each target after 2 million
#                              # executions (or the time, whichever first)
#
# No sanitizer: the engine forbids unsafe code, so AddressSanitizer would only
# slow the search down; debug assertions stay on (cargo-fuzz builds them in).
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
case "$seconds" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is missing: rustup toolchain install nightly && cargo install cargo-fuzz" >&2
  exit 2
fi

corpus=crates/selo/tests/fixtures/corpus
# The corpus files that seed each target (the paste target takes them all).
seeds_of() {
  case "$1" in
    dmarc | dmarc_report_auth) echo "$corpus/dmarc.jsonl" ;;
    spf) echo "$corpus/spf.jsonl" ;;
    dkim) echo "$corpus/dkim.jsonl $corpus/dkim-taglist.jsonl" ;;
    bimi) echo "$corpus/bimi.jsonl" ;;
    mta_sts) echo "$corpus/mta-sts-record.jsonl" ;;
    mta_sts_policy) echo "$corpus/mta-sts-policy.jsonl" ;;
    tls_rpt) echo "$corpus/tlsrpt.jsonl" ;;
    *) echo "$corpus"/*.jsonl ;;
  esac
}

# Extra cargo-fuzz flags per target. report_read builds without debug
# assertions (-O): mail-parser 0.11 has a debug_assert that fires on broken
# nested message/rfc822 parts, which its release build handles (Selo's own
# build turns it off for that crate, see Cargo.toml; cargo-fuzz would turn
# it back on for every crate).
flags_of() {
  case "$1" in
    report_read) echo "-O" ;;
    *) echo "" ;;
  esac
}

# Writes each row's "record" into fuzz/corpus/<target>/ as one file (named
# by its hash, so seeding twice adds nothing).
seed() {
  local target="$1" dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  # The report reader starts from the real report files.
  if [ "$target" = report_read ]; then
    find crates/selo/tests/fixtures/reports -type f ! -name '*.md' -size -1M -exec cp -n {} "$dir/" \;
    return
  fi
  # shellcheck disable=SC2046
  python3 - "$dir" $(seeds_of "$target") <<'PY'
import hashlib, json, pathlib, sys
out = pathlib.Path(sys.argv[1])
for path in sys.argv[2:]:
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)["record"].encode()
        (out / ("seed-" + hashlib.sha1(record).hexdigest())).write_bytes(record)
PY
}

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cd fuzz && cargo +nightly fuzz list)
fi

status=0
for t in "${targets[@]}"; do
  seed "$t"
  printf '\n== %s (%s s)\n' "$t" "$seconds"
  log="fuzz/target/$t.log"
  mkdir -p fuzz/target
  # Inputs up to 4 KB (records) or 64 KB (report files): libFuzzer would
  # otherwise grow them to the largest seed, slowing every run down.
  max_len=4096
  [ "$t" = report_read ] && max_len=65536
  if (cd fuzz && cargo +nightly fuzz run --sanitizer none $(flags_of "$t") "$t" -- -max_len="$max_len" -max_total_time="$seconds" ${RUNS:+-runs="$RUNS"} -print_final_stats=1) >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    echo "$t: ${runs:-?} executions, no finding"
  else
    echo "$t: FAILED (see $log and fuzz/artifacts/$t/)"
    tail -30 "$log"
    status=1
    break
  fi
done
exit "$status"
