# Shared by the benchmark scripts (sourced, not run).

# parsedmarc_bin: prints the parsedmarc to measure: $PARSEDMARC if set, else
# one installed into a throwaway virtual environment
# (${PARSEDMARC_VENV:-/tmp/selo-parsedmarc}) from PyPI when missing.
parsedmarc_bin() {
  if [ -n "${PARSEDMARC:-}" ]; then
    echo "$PARSEDMARC"
    return
  fi
  local venv=${PARSEDMARC_VENV:-/tmp/selo-parsedmarc}
  if [ ! -x "$venv/bin/parsedmarc" ]; then
    echo "installing parsedmarc into $venv (python3 -m venv, pip install parsedmarc)" >&2
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q parsedmarc >&2
  fi
  echo "$venv/bin/parsedmarc"
}

# port53_front WORK: starts a dnsdist on 127.0.0.1:53 in front of the
# delaying fixture server (127.0.0.1:5302), for tools that only speak plain
# DNS on port 53 (checkdmarc, parsedmarc); sets port53 to its pid, which the
# caller stops on exit. Its configuration and log go in WORK.
port53_front() {
  local work=$1
  cat > "$work/dnsdist-53.conf" <<'CONF'
setSecurityPollSuffix("")
setLocal("127.0.0.1:53")
newServer({address="127.0.0.1:5302", name="delay", sockets=4})
CONF
  dnsdist --supervised --disable-syslog -C "$work/dnsdist-53.conf" >"$work/dnsdist-53.log" 2>&1 </dev/null &
  port53=$!
  sleep 1
  kill -0 "$port53" 2>/dev/null || { echo "dnsdist could not listen on 127.0.0.1:53:" >&2; cat "$work/dnsdist-53.log" >&2; exit 1; }
}
