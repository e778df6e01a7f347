#!/usr/bin/env bash
# The enrichment benchmark: `selo report --resolve` on one aggregate report
# with N distinct source addresses (default 10,000), through the fixture
# DNS-over-HTTPS front that adds 50 ms to every answer
# (http://127.0.0.1:8054/dns-query, tests/dns/up.sh).
#
#   scripts/bench-resolve.sh [N] [SELO]
#
# The report, and a reverse zone and forward names for its addresses
# (10.0.0.0/16, every name forward-confirmed in a zone bench-resolve.test,
# announced by AS64499 in a copy of the IP-to-AS stand-in zone), are written
# at run time into a temporary copy of tests/dns: the checked-in zones are
# not touched. The fixture ports
# are fixed: run it under the browser tests' lock,
#   flock /work/e2e.lock scripts/bench-resolve.sh
#
# parsedmarc then reads the same report, looking the same addresses up with
# the same 50 ms per answer: it takes plain DNS servers by IP address on
# port 53 only (dnspython; its DNS-over-HTTPS needs https://), so one more
# dnsdist listens on 127.0.0.1:53 in front of the delaying dnsdist on
# 127.0.0.1:5302, as scripts/bench-many.sh does for checkdmarc (port 53
# must be free and the script allowed to bind it). parsedmarc is installed
# from PyPI into a throwaway virtual environment,
# ${PARSEDMARC_VENV:-/tmp/selo-parsedmarc}, when missing;
# PARSEDMARC=path/to/parsedmarc uses another, PARSEDMARC=skip leaves it
# out. It is stopped after PARSEDMARC_CAP seconds (default 1800); if so,
# the addresses per second it reached, from its debug log, are printed.
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
selo=${2:-${CARGO_TARGET_DIR:-$root/target}/release/selo}
[ -x "$selo" ] || { echo "no $selo: cargo build --release -p selo-cli" >&2; exit 1; }
work=$(mktemp -d /tmp/selo-bench-resolve-XXXX)
dns_dir="$work/run"
port53=""
trap '[ -n "$port53" ] && kill "$port53" 2>/dev/null; "$work/dns/down.sh" "$dns_dir" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

mkdir -p "$work/dns"
cp -r "$root/tests/dns/." "$work/dns/"
python3 - "$n" "$work" <<'EOF'
import sys
n, work = int(sys.argv[1]), sys.argv[2]
ips = [f"10.0.{i // 250}.{i % 250 + 1}" for i in range(n)]
with open(f"{work}/dns/reverse.zone", "a") as z:
    z.write("\n; ---- benchmark (scripts/bench-resolve.sh)\n")
    for ip in ips:
        a, b, c, d = ip.split(".")
        z.write(f"{d}.{c}.{b}.{a} IN PTR h-{c}-{d}.bench-resolve.test.\n")
# The forward names in a zone of their own (test.zone's names all get an
# mta-sts certificate name in up.sh).
with open(f"{work}/dns/bench.zone", "w") as z:
    z.write("$ORIGIN bench-resolve.test.\n$TTL 300\n")
    z.write("@ IN SOA ns1.test. hostmaster.test. ( 1 3600 900 604800 300 )\n  IN NS ns1.test.\n")
    for ip in ips:
        a, b, c, d = ip.split(".")
        z.write(f"h-{c}-{d} IN A {ip}\n")
with open(f"{work}/dns/nsd.conf.in", "a") as conf:
    conf.write(f'zone:\n  name: bench-resolve.test\n  zonefile: "{work}/dns/bench.zone"\n')
with open(f"{work}/dns/asn.zone", "a") as z:
    z.write('\n*.10.origin IN TXT "64499 | 10.0.0.0/8 | ZZ | iana | 2010-01-01"\n')
    z.write('AS64499 IN TXT "64499 | ZZ | iana | 2010-01-01 | SELO-BENCH - Benchmark network, ZZ"\n')
rows = []
for i, ip in enumerate(ips):
    dkim = "pass" if i % 3 == 0 else "fail"
    rows.append(f"""<record><row><source_ip>{ip}</source_ip><count>{i % 7 + 1}</count>
<policy_evaluated><disposition>none</disposition><dkim>{dkim}</dkim><spf>fail</spf></policy_evaluated></row>
<identifiers><header_from>bench-resolve.test</header_from></identifiers>
<auth_results><dkim><domain>bench-resolve.test</domain><selector>s1</selector><result>{dkim}</result></dkim>
<spf><domain>bench-resolve.test</domain><result>fail</result></spf></auth_results></record>""")
with open(f"{work}/report.xml", "w") as f:
    f.write(f"""<?xml version="1.0"?>
<feedback><report_metadata><org_name>bench.example</org_name><email>r@bench.example</email>
<report_id>bench-{n}</report_id><date_range><begin>1764547200</begin><end>1764633599</end></date_range>
</report_metadata><policy_published><domain>bench-resolve.test</domain><p>none</p></policy_published>
{''.join(rows)}
</feedback>
""")
EOF
"$work/dns/up.sh" "$dns_dir" >/dev/null || { tail -n 20 "$dns_dir"/*.log >&2; exit 1; }
echo "selo report --resolve, $n distinct addresses, 50 ms per answer:"
start=$(date +%s.%N)
"$selo" report --format json --resolve --resolver http://127.0.0.1:8054/dns-query "$work/report.xml" > "$work/out.json"
end=$(date +%s.%N)
python3 - "$work/out.json" "$start" "$end" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
s = doc["sources"]
secs = float(sys.argv[3]) - float(sys.argv[2])
named = sum(1 for x in s if x["ptr"])
confirmed = sum(1 for x in s if x["ptr_confirmed"])
asn = sum(1 for x in s if x["asn"])
print(f"  {len(s)} sources in {secs:.1f} s ({len(s) / secs:.0f} per second): "
      f"{named} named, {confirmed} confirmed, {asn} with their AS")
EOF

pm=${PARSEDMARC:-}
[ "$pm" = skip ] && exit 0
[ -n "$pm" ] || pm=$(parsedmarc_bin)
port53_front "$work"
# Its bundled maps only (no download), reverse names through 127.0.0.1:53.
mkdir -p "$work/pm"
cat > "$work/pm.ini" <<CONF
[general]
save_aggregate = True
output = $work/pm
always_use_local_files = True
nameservers = 127.0.0.1
dns_test_address = 10.0.0.1
CONF
selo_secs=$(python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]))' "$start" "$end")
version=$("$pm" --version 2>/dev/null | tail -n 1)
echo "parsedmarc $version, the same report, reverse names through 127.0.0.1:53 (50 ms per answer):"
start=$(date +%s.%N)
set +e
timeout "${PARSEDMARC_CAP:-1800}" "$pm" -c "$work/pm.ini" --debug --log-file "$work/pm.log" "$work/report.xml" >/dev/null 2>"$work/pm.err"
status=$?
set -e
end=$(date +%s.%N)
python3 - "$work/pm" "$work/pm.log" "$start" "$end" "$status" "$n" "$selo_secs" <<'EOF'
import json, os, re, sys
out, log, start, end, status, n = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], int(sys.argv[6])
selo = float(sys.argv[7])
secs = end - start
path = os.path.join(out, "aggregate.json")
if status == "0" and os.path.exists(path):
    recs = json.load(open(path))[0]["records"]
    named = sum(1 for r in recs if r["source"]["reverse_dns"])
    print(f"  {len(recs)} rows in {secs:.1f} s ({len(recs) / secs:.0f} per second): {named} named")
    print(f"selo report --resolve is {secs / selo:.1f} times faster")
else:
    # Stopped (124 at the cap): the addresses it had looked up, from its log.
    text = open(log).read() if os.path.exists(log) else ""
    done = len(set(re.findall(r"IP address (\S+) added to cache", text)))
    print(f"  did not finish (exit {status}) in {secs:.1f} s: {done} of {n} addresses looked up ({done / secs:.1f} per second)")
    if done:
        print(f"selo report --resolve is about {n / (done / secs) / selo:.0f} times faster, at that rate")
EOF
