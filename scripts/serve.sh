#!/usr/bin/env bash
# Installs what is missing, builds the web app (release, size-optimised)
# into dist/, and serves it on http://127.0.0.1:8080 (PORT=... to change).
# dist/ is plain static files: copy it to any static host, under any path.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export PATH="$PWD/tests/e2e/node_modules/.bin:$PATH"
TRUNK_OFFLINE=true trunk build --release --public-url ./ --offline
exec node scripts/serve.mjs
