# Opaque CONNECT tunnels: curl over HTTPS through hush sees the origin's own certificate; 200
# concurrent tunnels each move 4 MiB both ways with checksums; bytes pipelined right after the
# CONNECT head arrive first; an idle tunnel is closed after the idle timeout.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
start_hush tunnel HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535
P="http://127.0.0.1:$HUSH_PORT"

for v in --http1.1 --http2; do
    out=$(curl -s $v --cacert "$PKI/ca.pem" -x "$P" "https://localhost:$ORIGIN_HTTPS/hello")
    expect_eq "curl $v over HTTPS through the tunnel" hello "$out"
done
issuer=$(curl -sv --cacert "$PKI/ca.pem" -x "$P" "https://localhost:$ORIGIN_HTTPS/hello" 2>&1 |
    sed -n 's/^\*  issuer: //p')
expect_match "the client sees the origin's own certificate, not one hush made" "hush test" \
    "$issuer"
sum=$(curl -s --cacert "$PKI/ca.pem" -x "$P" "https://localhost:$ORIGIN_HTTPS/bytes?n=10485760&seed=7" | sha256sum | cut -d' ' -f1)
want=$(node --input-type=module -e "import {patternSha256} from '$HUSH_TESTS/helpers/pattern.mjs'; console.log(patternSha256(7, 10485760))")
expect_eq "a 10 MiB download through a tunnel is intact" "$want" "$sum"

if node "$HUSH_TESTS/helpers/tunnel-load.mjs" --proxy-port "$HUSH_PORT" --tunnels 200 \
    --bytes 4194304 >"$T/load.txt" 2>&1; then
    ok "200 concurrent tunnels x 4 MiB both ways, checksums equal ($(cat "$T/load.txt"))"
else
    not_ok "200 concurrent tunnels: $(cat "$T/load.txt")"
fi

# Bytes sent in the same packet as the CONNECT head are tunnelled, not lost.
reply=$(raw_request "$HUSH_PORT" "CONNECT 127.0.0.1:$ORIGIN_ECHO HTTP/1.1\r\n\r\nearly-bytes" 1)
expect_match "bytes pipelined after CONNECT reach the destination" \
    "^HTTP/1.1 200 Connection Established.*early-bytes" "$(echo "$reply" | tr -d '\r' | tr '\n' ' ')"

# A destination that refuses the connection is a 502 with a reason.
reply=$(raw_request "$HUSH_PORT" "CONNECT 127.0.0.1:1 HTTP/1.1\r\n\r\n")
expect_match "a refused destination is 502" "^HTTP/1.1 502" "$reply"
check "each tunnel is logged with its byte counts" logged "decision=tunnel status=200 bytes_up=[1-9]" "$HUSH_LOG"

# An idle tunnel is closed by hush (timeouts.idle=2): the reply ends well before the 8 s cap.
start_hush idle HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8 HUSH_CONNECT_PORTS=1-65535 \
    HUSH_TIMEOUT_IDLE=2
start=$(date +%s%N)
raw_request "$HUSH_PORT" "CONNECT 127.0.0.1:$ORIGIN_ECHO HTTP/1.1\r\n\r\n" 8 >/dev/null
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "an idle tunnel is closed after the idle timeout (${ms} ms)" test "$ms" -ge 1500 -a "$ms" -lt 6000
check "the idle close is logged" logged "outcome=idle_timeout" "$HUSH_LOG"

finish
