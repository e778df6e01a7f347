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
cargo clippy -p selo -p selo-cli -p selo-boundary -p selo-worker -p selo-analyzer --all-targets --locked -- -D warnings

step "clippy (wasm32: engine, web app, engine worker, analyzer)"
# The engine's tests use proptest, which does not build for wasm32: lint its
# library there, and the app with its browser component tests.
cargo clippy -p selo --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p selo-web --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
cargo clippy -p selo-worker --target wasm32-unknown-unknown --locked -- -D warnings
# Apart: the analyzer alone turns on the engine's message feature.
cargo clippy -p selo-analyzer --target wasm32-unknown-unknown --locked -- -D warnings

step "engine, command and web-app unit tests (DNS fixtures on loopback)"
# `selo check`'s tests query real servers: NSD and dnsdist (tests/dns/up.sh).
dns_dir=$(mktemp -d)
trap 'tests/dns/down.sh "$dns_dir"' EXIT
tests/dns/up.sh "$dns_dir"
SELO_TEST_DNS_DIR=$dns_dir cargo test -p selo -p selo-cli -p selo-boundary -p selo-web -p selo-worker -p selo-analyzer --locked
# The engine's live test against the same servers (ignored in a plain run).
SELO_DOH=http://127.0.0.1:8053/dns-query cargo test -p selo --test check_live --locked -- --ignored
# The end-to-end tests start their own (tests/e2e/run.sh): free the ports.
tests/dns/down.sh "$dns_dir"
trap - EXIT

step "web build, component tests in Chromium, end-to-end tests"
tests/e2e/run.sh
