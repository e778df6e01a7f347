#!/usr/bin/env bash
# Installs whatever Selo's build and tests need and is missing, and nothing
# else: a second run takes seconds. Safe to run on a fresh Debian machine
# with rustup, Node.js and npm (the project's machines have them).
#
#   scripts/setup.sh          engine, CLI, web build and browser tests
#
# What it installs, and why:
#   - the Rust toolchain pinned in rust-toolchain.toml, with the wasm32 target
#   - trunk 0.21.14 (builds the web app; 0.22 needs a newer rustc)
#   - wasm-bindgen-cli at the exact version in Cargo.lock (trunk needs a match)
#   - Debian's chromium + chromium-driver (end-to-end tests) and brotli (size)
#   - Debian's nsd, dnsdist, openssl and curl (the DNS fixtures, tests/dns/)
#   - Node packages of tests/e2e: playwright-core and binaryen's wasm-opt
#     (never Debian's binaryen 108: its output crashes in the browser)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Rust: rust-toolchain.toml makes rustup install the pinned toolchain and
# the wasm32 target on first use.
if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want_trunk=0.21.14
if ! trunk --version 2>/dev/null | grep -qx "trunk $want_trunk"; then
  say "installing trunk $want_trunk (takes several minutes once)"
  cargo install trunk --locked --version "$want_trunk"
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
want_wb=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ -n "$want_wb" ] && ! wasm-bindgen --version 2>/dev/null | grep -q " $want_wb\$"; then
  say "installing wasm-bindgen-cli $want_wb"
  # --locked fails here: a pinned dependency of the CLI is missing from the registry.
  cargo install wasm-bindgen-cli --version "$want_wb"
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
# The DNS fixtures of `selo check` (tests/dns/up.sh): NSD, dnsdist, openssl.
command -v nsd >/dev/null || missing+=(nsd)
command -v dnsdist >/dev/null || missing+=(dnsdist)
command -v openssl >/dev/null || missing+=(openssl)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # nsd and dnsdist come with system services on port 53, which the
  # fixtures do not use (they run their own on other ports and paths): keep
  # the packages from starting them (policy-rc.d), and off at boot.
  no_start=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && no_start=1
  fi
  apt-get install -y -qq "${missing[@]}" >/dev/null || { [ -z "$no_start" ] || rm -f /usr/sbin/policy-rc.d; exit 1; }
  [ -z "$no_start" ] || rm -f /usr/sbin/policy-rc.d
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    systemctl disable --now nsd dnsdist >/dev/null 2>&1 || true
  fi
fi

if [ -f tests/e2e/package-lock.json ]; then
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    say "installing Node packages for the end-to-end tests"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

say "fetching crates"
cargo fetch --locked >/dev/null 2>&1 || cargo fetch >/dev/null
say "ready"
