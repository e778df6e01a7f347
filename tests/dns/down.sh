#!/usr/bin/env bash
# Stops the DNS fixture servers that tests/dns/up.sh DIR started, by the PIDs
# it wrote under DIR (default /tmp/selo-dns). Safe to run twice.
set -uo pipefail
dir=${1:-/tmp/selo-dns}
[ -d "$dir" ] || exit 0
pids=()
for f in policy dnsdist-slow dnsdist dnsdist-delay nsd; do
  file="$dir/$f.pid"
  [ -s "$file" ] || continue
  pid=$(tr -dc 0-9 < "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null && pids+=("$pid")
  fi
done
files=("$dir"/*.pid)
# Wait up to 5 s for them to go, then force.
for _ in $(seq 50); do
  left=()
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
  [ ${#left[@]} -eq 0 ] && break
  sleep 0.1
done
for pid in "${left[@]}"; do kill -9 "$pid" 2>/dev/null; done
rm -f "${files[@]}"
exit 0
