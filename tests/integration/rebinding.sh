# DNS rebinding: a name that first resolves to a public-standing test host and later to loopback
# must never get hush to connect to loopback. Runs in its own network and mount namespaces: only
# lo exists, a test host lives on 198.18.0.10 (benchmarking range, allowed through
# allowPrivateNetworks so it stands in for a public address), and /etc/resolv.conf is bind-mounted
# to a test DNS responder on 127.0.0.1:53 that answers the first A query for each name with the
# test host and every later one with 127.0.0.1 (AAAA: always ::1; TTL 0). Canaries on 127.0.0.1:443
# and [::1]:443 count connections: they must stay at 0, for tunnels and for intercepted hosts.
if [ "${HUSH_REBIND_NS:-}" != 1 ]; then
    u=(unshare -n -m)
    [ "$(id -u)" -eq 0 ] || u=(unshare -r -n -m)
    if ! "${u[@]}" true 2>/dev/null; then
        echo "SKIP: cannot create network + mount namespaces (need root or user namespaces)" >&2
        exit 77
    fi
    exec "${u[@]}" env HUSH_REBIND_NS=1 bash "$0" "$@"
fi
source "$HUSH_TESTS/helpers/lib.sh"
ip link set lo up
ip addr add 198.18.0.10/32 dev lo
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' >"$T/resolv.conf"
if ! mount --bind "$T/resolv.conf" /etc/resolv.conf 2>"$T/mount.err"; then
    echo "SKIP: cannot bind-mount /etc/resolv.conf: $(cat "$T/mount.err")" >&2
    exit 77
fi

# The DNS responder, the test host and the canaries; each writes its counts to $T/counts.json.
node -e '
const dgram = require("dgram"), net = require("net"), fs = require("fs");
const counts = { aQueries: {}, host: 0, canary: 0 };
const save = () => fs.writeFileSync(process.argv[1], JSON.stringify(counts));
const dns = dgram.createSocket("udp4");
dns.on("message", (q, rinfo) => {
  let off = 12; const labels = [];
  while (q[off]) { labels.push(q.subarray(off + 1, off + 1 + q[off]).toString()); off += q[off] + 1; }
  const name = labels.join(".").toLowerCase();
  const qtype = q.readUInt16BE(off + 1);
  const question = q.subarray(12, off + 5);
  let rdata = null;
  if (name.endsWith("rebind.test") && qtype === 1) {
    const n = (counts.aQueries[name] = (counts.aQueries[name] || 0) + 1);
    rdata = Buffer.from(n === 1 ? [198, 18, 0, 10] : [127, 0, 0, 1]);
  } else if (name.endsWith("rebind.test") && qtype === 28) {
    rdata = Buffer.alloc(16); rdata[15] = 1; // ::1
  }
  const hdr = Buffer.alloc(12);
  q.copy(hdr, 0, 0, 2);
  hdr.writeUInt16BE(name.endsWith("rebind.test") ? 0x8180 : 0x8183, 2); // NOERROR or NXDOMAIN
  hdr.writeUInt16BE(1, 4);
  hdr.writeUInt16BE(rdata ? 1 : 0, 6);
  const parts = [hdr, question];
  if (rdata) {
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); rr.writeUInt16BE(qtype, 2); rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(0, 6); rr.writeUInt16BE(rdata.length, 10); // TTL 0
    parts.push(rr, rdata);
  }
  dns.send(Buffer.concat(parts), rinfo.port, rinfo.address);
  save();
});
dns.bind(53, "127.0.0.1");
net.createServer((s) => { counts.host++; save(); s.on("error", () => {}); setTimeout(() => s.destroy(), 1000); })
  .listen(443, "198.18.0.10");
for (const h of ["127.0.0.1", "::1"])
  net.createServer((s) => { counts.canary++; save(); s.destroy(); }).listen(443, h);
setTimeout(save, 200);
' "$T/counts.json" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/counts.json" ] && break; sleep 0.05; done
count() { node -p "const c = require('$T/counts.json'); $1"; }
# The canaries count: one direct connection each, before hush exists (see start_canary).
for h in 127.0.0.1 ::1; do wait_for -t 5 timeout 2 bash -c "exec 3<>/dev/tcp/$h/443"; done
check "the loopback canaries count connections" wait_for bash -c "test \"\$(node -p \"require('$T/counts.json').canary\")\" -ge 2"

start_hush rebind HUSH_ALLOW_PRIVATE_NETWORKS=198.18.0.0/15 HUSH_TIMEOUT_CONNECT=3 \
    HUSH_AI_DOMAINS=ai.rebind.test
CA=$T/data-rebind/ca-cert.pem
status() { raw_request "$HUSH_PORT" "CONNECT $1 HTTP/1.1\r\nHost: $1\r\n\r\n" "${2:-1}" | head -1 | tr -d '\r'; }

# Tunnels: the first lookup gives the test host (and ::1, which must be skipped), later ones
# give loopback only.
expect_eq "CONNECT rebind.test:443 while it resolves to the test host is 200" \
    "HTTP/1.1 200 Connection Established" "$(status rebind.test:443)"
expect_eq "... and hush connected to the test host" 1 "$(count c.host)"
for i in 1 2 3 4; do
    expect_eq "CONNECT rebind.test:443 after the name rebound to loopback (#$i) is 403" \
        "HTTP/1.1 403 Forbidden" "$(status rebind.test:443 3)"
done
check "the responder did rebind: it answered $(count "c.aQueries['rebind.test']") A queries" \
    test "$(count "c.aQueries['rebind.test']")" -ge 5

# An intercepted host: hush dials the upstream itself, once per upstream connection.
for i in 1 2 3; do
    curl -s -m 8 -o /dev/null --cacert "$CA" -x "http://127.0.0.1:$HUSH_PORT" \
        https://ai.rebind.test/v1/models || true
done
check "intercepted ai.rebind.test: the first upstream dial reached the test host" \
    test "$(count c.host)" -ge 2
check "... and hush looked the name up again later ($(count "c.aQueries['ai.rebind.test']") A queries)" \
    test "$(count "c.aQueries['ai.rebind.test']")" -ge 2
check "refusals name loopback" logged 'loopback' "$HUSH_LOG"

expect_eq "the loopback canaries (127.0.0.1:443, [::1]:443) were never connected to by hush" 2 "$(count c.canary)"
finish
