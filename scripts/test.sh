#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints on
# both targets, the engine's and the command's tests (with doctests), and the
# browser end-to-end tests against the release build of the web app.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy -p selo -p selo-cli --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy -p selo --target wasm32-unknown-unknown --locked -- -D warnings
if [ -f src/main.rs ]; then
  cargo clippy -p selo-web --target wasm32-unknown-unknown --locked -- -D warnings
fi

step "engine and command tests"
cargo test -p selo -p selo-cli --locked

if [ -x tests/e2e/run.sh ]; then
  step "end-to-end tests (Chromium)"
  tests/e2e/run.sh
fi
