# Sourced by the benchmarks, from the repository root: sets SELO to the
# `selo` binary to time, the one the caller named in SELO, else the release
# build of this tree (built first).
if [ -z "${SELO:-}" ]; then
  cargo build --release -p selo-cli --locked >&2
  SELO=$PWD/target/release/selo
fi
