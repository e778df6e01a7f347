#!/usr/bin/env bash
# Builds the release site into dist/ (if missing or older than the sources)
# and runs the browser end-to-end tests against it.
#
# Assumes the tools of shared/TOOLCHAIN.md are installed: trunk 0.21.14,
# wasm-bindgen-cli (the Cargo.lock version), /usr/bin/chromium, node.
# Installs the pinned npm packages (playwright-core, binaryen for wasm-opt).
#   FORCE_BUILD=1 tests/e2e/run.sh     rebuild even if dist/ looks current
#   tests/e2e/run.sh specs/home.test.mjs   run one spec
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

cd "$here"
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
export PATH="$here/node_modules/.bin:$PATH"

cd "$root"
stale=0
if [ ! -f dist/index.html ] || [ "${FORCE_BUILD:-0}" = 1 ]; then
  stale=1
elif [ -n "$(find src style crates/selo/src crates/selo-boundary crates/selo-worker crates/selo-analyzer index.html Trunk.toml sw.js scripts Cargo.toml Cargo.lock -newer dist/index.html -type f 2>/dev/null | head -1)" ]; then
  stale=1
fi
if [ "$stale" = 1 ]; then
  cargo fetch --locked
  TRUNK_OFFLINE=true trunk build --release --public-url ./ --offline
fi

# Component tests (RecordOutput, DiagnosticList) in headless Chromium.
if [ "$#" -eq 0 ]; then
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
    cargo test -p selo-web --target wasm32-unknown-unknown --test components
fi

# The Check and Analyze pages' specs, the SPF generator's live count and the
# Reports page's source names need the DNS fixture servers (tests/dns/up.sh): started here when they run,
# stopped on the way out, failure or not.
dns_dir="${SELO_DNS_DIR:-/tmp/selo-dns-e2e}"
if [ "$#" -eq 0 ] || printf '%s\n' "$@" | grep -qE '(check.*|analyze.*|gen_spf|reports)\.test\.mjs'; then
  trap '"$root/tests/dns/down.sh" "$dns_dir" >/dev/null 2>&1 || true' EXIT
  "$root/tests/dns/up.sh" "$dns_dir"
  # check-parity.test.mjs compares the page with the command.
  cargo build -p selo-cli --locked
fi
export SELO_DNS_DIR="$dns_dir"

cd "$here"
if [ "$#" -gt 0 ]; then
  node --test --test-concurrency=1 "$@"
else
  node --test --test-concurrency=1 specs/
fi
