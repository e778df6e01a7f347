#!/usr/bin/env bash
# Starts Selo's DNS fixture servers on loopback, all files under DIR
# (default /tmp/selo-dns), and returns once every one of them answers:
#
#   NSD, authoritative for the zone test. (tests/dns/test.zone)  127.0.0.1:5300 (UDP and TCP)
#     and for in-addr.arpa. and asn.cymru.com. (reverse.zone, asn.zone)
#   dnsdist, RFC 8484 DNS-over-HTTPS, CORS *        http://127.0.0.1:8053/dns-query
#   dnsdist, the same with 50 ms added per answer   http://127.0.0.1:8054/dns-query
#     (a second dnsdist on 127.0.0.1:5302 holds each answer 50 ms: DelayAction
#      only delays UDP answers, so it sits between this front and NSD)
#   the MTA-STS policy server (HTTPS)               https://127.0.0.1:443
#     for https://mta-sts.<domain>/.well-known/mta-sts.txt, with a certificate
#     made now by a test CA: trust DIR/ca.pem (the leaf is DIR/server.pem).
#
# It installs nothing (scripts/setup.sh does). PIDs go to DIR/*.pid, logs to
# DIR/*.log; tests/dns/down.sh DIR stops everything. Servers already running
# from an earlier up.sh with the same DIR are stopped first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-/tmp/selo-dns}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

fail() { echo "tests/dns/up.sh: $*" >&2; "$here/down.sh" "$dir" >/dev/null 2>&1 || true; exit 1; }
for tool in nsd nsd-checkzone dnsdist openssl node curl; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup.sh"
done

"$here/down.sh" "$dir" >/dev/null 2>&1 || true

# The ports are fixed: another set of fixtures (another DIR) must go first.
for port in 5300 5301 5302 5303 8053 8054 443; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "127.0.0.1:$port is already in use (fixtures started into another DIR? stop them with tests/dns/down.sh DIR)"
  fi
done

# Configurations and the zone, with every path under DIR.
cp "$here/test.zone" "$here/reverse.zone" "$here/asn.zone" "$dir/"
# SELO_BENCH_DOMAINS=N adds N domains d1.many.test ... dN.many.test, each like
# bench.test without MTA-STS and BIMI (scripts/bench-many.sh).
if [ -n "${SELO_BENCH_DOMAINS:-}" ]; then
  key=$(sed -n 's/^s1\._domainkey\.bench[[:space:]]*IN TXT[[:space:]]*//p' "$here/test.zone")
  for i in $(seq 1 "$SELO_BENCH_DOMAINS"); do
    printf 'd%s.many IN MX 10 mx1.bench.test.\n' "$i"
    printf 'd%s.many IN TXT "v=spf1 mx include:_spf1.bench.test -all"\n' "$i"
    printf '_dmarc.d%s.many IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@d%s.many.test"\n' "$i" "$i"
    printf 's1._domainkey.d%s.many IN TXT %s\n' "$i" "$key"
    printf '_smtp._tls.d%s.many IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@d%s.many.test"\n' "$i" "$i"
  done >> "$dir/test.zone"
fi
nsd-checkzone test "$dir/test.zone" >/dev/null || fail "the zone does not load: nsd-checkzone test $here/test.zone"
nsd-checkzone in-addr.arpa "$dir/reverse.zone" >/dev/null || fail "the zone does not load: nsd-checkzone in-addr.arpa $here/reverse.zone"
nsd-checkzone asn.cymru.com "$dir/asn.zone" >/dev/null || fail "the zone does not load: nsd-checkzone asn.cymru.com $here/asn.zone"
for f in nsd.conf dnsdist.conf dnsdist-delay.conf dnsdist-slow.conf; do
  sed "s|@DIR@|$dir|g" "$here/$f.in" > "$dir/$f"
done

# A test CA and a certificate for mta-sts.<name> of every name of the zone
# (without underscore labels), so that a client that sends every mta-sts.
# name to 127.0.0.1 (the browser tests do) gets a 404, not a TLS error, for a
# domain without a policy.
names=$( (sed -n 's/^\([a-z0-9][a-z0-9.-]*\)[[:space:]].*/\1/p' "$here/test.zone"; echo nonexistent) \
  | sed 's/^mta-sts\.//; s/^\(.*\)$/mta-sts.\1.test/' | sort -u)
[ -n "$names" ] || fail "no mta-sts names in the zone"
san=$(printf 'DNS:%s,' $names); san=${san%,}
(
  cd "$dir"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
    -keyout ca.key -out ca.pem -subj "/CN=Selo test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout server.key -out server.csr -subj "/CN=mta-sts.healthy.test"
  printf 'subjectAltName=%s\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' "$san" > server.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
    -extfile server.ext -out server.pem
) >"$dir/openssl.log" 2>&1 || fail "openssl could not make the test certificate (see $dir/openssl.log)"

# Start everything.
nsd -c "$dir/nsd.conf" -P "$dir/nsd.pid" >"$dir/nsd.out" 2>&1 </dev/null || fail "nsd did not start (see $dir/nsd.log)"
for f in dnsdist dnsdist-delay dnsdist-slow; do
  dnsdist --supervised --disable-syslog -C "$dir/$f.conf" >"$dir/$f.log" 2>&1 </dev/null &
  echo $! > "$dir/$f.pid"
done
node "$here/policy-server.mjs" --cert "$dir/server.pem" --key "$dir/server.key" \
  --host 127.0.0.1 --port 443 >"$dir/policy.log" 2>&1 </dev/null &
echo $! > "$dir/policy.pid"

# Wait until each answers. The DNS probe is a query for test. SOA in wire
# format; an answer's fourth byte holds the RCODE (0: NOERROR).
query=$(printf '\x00\x00\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x04test\x00\x00\x06\x00\x01' | base64 | tr '+/' '-_' | tr -d '=\n')
doh_ok() {
  local rcode
  rcode=$(curl -sf --max-time 2 -H 'accept: application/dns-message' "http://127.0.0.1:$1/dns-query?dns=$query" \
    | od -An -tu1 -j3 -N1 2>/dev/null | tr -d ' ') || return 1
  [ -n "$rcode" ] && [ $((rcode & 15)) -eq 0 ]
}
policy_ok() {
  curl -sf --max-time 2 --cacert "$dir/ca.pem" --resolve mta-sts.healthy.test:443:127.0.0.1 \
    https://mta-sts.healthy.test/.well-known/mta-sts.txt | grep -q '^version: STSv1'
}
alive() { local f; for f in nsd dnsdist dnsdist-delay dnsdist-slow policy; do kill -0 "$(cat "$dir/$f.pid" 2>/dev/null)" 2>/dev/null || { echo "$f"; return 1; }; done; }
for _ in $(seq 100); do
  if doh_ok 8053 && doh_ok 8054 && policy_ok; then
    echo "DNS fixtures up in $dir: DoH http://127.0.0.1:8053/dns-query (and :8054 with 50 ms per answer), policies https://127.0.0.1:443 (CA $dir/ca.pem)"
    exit 0
  fi
  dead=$(alive) || fail "$dead stopped at start-up (logs in $dir)"
  sleep 0.1
done
fail "the servers did not answer within 10 s (logs in $dir)"
