# Plain-HTTP proxying of absolute-form requests: GET and POST (sized and chunked) reach the
# origin intact, hop-by-hop headers are removed both ways, Host is the URL's authority.
source "$HUSH_TESTS/helpers/lib.sh"
start_origin
start_hush forward HUSH_ALLOW_PRIVATE_NETWORKS=127.0.0.0/8
P="http://127.0.0.1:$HUSH_PORT"
O="http://127.0.0.1:$ORIGIN_HTTP"

expect_eq "GET through the proxy" hello "$(curl -s -x "$P" "$O/hello")"

head -c 3000000 /dev/urandom >"$T/upload"
want=$(sha256sum <"$T/upload" | cut -d' ' -f1)
got=$(curl -s -x "$P" --data-binary @"$T/upload" "$O/sha256")
expect_eq "a 3 MB POST with Content-Length arrives intact" "$want" "$got"
got=$(curl -s -x "$P" -H 'Transfer-Encoding: chunked' --data-binary @"$T/upload" "$O/sha256")
expect_eq "a chunked POST arrives intact" "$want" "$got"

sum=$(curl -s -x "$P" "$O/bytes?n=5000000&seed=3" | sha256sum | cut -d' ' -f1)
want=$(node --input-type=module -e "import {patternSha256} from '$HUSH_TESTS/helpers/pattern.mjs'; console.log(patternSha256(3, 5000000))")
expect_eq "a 5 MB response arrives intact" "$want" "$sum"

curl -s -D "$T/resp-headers" -x "$P" -H 'Connection: x-secret-hop' -H 'X-Secret-Hop: 1' \
    -H 'Keep-Alive: timeout=9' -H 'Proxy-Authorization: Basic Zm9vOmJhcg==' -H 'TE: trailers' \
    -H 'X-End-To-End: kept' "$O/headers?q=1" >"$T/headers.json"
seen=$(node -p "const h=require('$T/headers.json'); [h.url, h.headers.host, h.headers['x-end-to-end'], h.headers.via, h.headers['x-secret-hop'], h.headers['proxy-authorization'], h.headers['keep-alive'], h.headers.te].join('|')")
expect_eq "the origin sees origin-form, the URL's Host, end-to-end headers, Via; no hop-by-hop" \
    "/headers?q=1|127.0.0.1:$ORIGIN_HTTP|kept|1.1 hush||||" "$seen"
check "hop-by-hop response headers are removed" bash -c "! grep -qi '^x-origin-hop\|^keep-alive' '$T/resp-headers'"
check "the response says Connection: close" grep -qi '^connection: close' "$T/resp-headers"

reply=$(raw_request "$HUSH_PORT" "GET http://user:pw@127.0.0.1:$ORIGIN_HTTP/hello HTTP/1.1\r\n\r\n")
expect_match "userinfo in a proxy URL is refused" "^HTTP/1.1 400" "$reply"
# Connection naming a framing header: dropping it as hop-by-hop would send an unframed body on.
for h in Content-Length transfer-encoding; do
    reply=$(raw_request "$HUSH_PORT" "POST http://127.0.0.1:$ORIGIN_HTTP/sha256 HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, $h\r\nContent-Length: 5\r\n\r\nhello")
    expect_match "a Connection header naming $h is refused with 400" "^HTTP/1.1 400.*Connection header" "$(tr -d "\r" <<<"$reply" | tr "\n" " ")"
done
code=$(curl -s -o /dev/null -w '%{http_code}' -x "$P" "http://127.0.0.1:1/")
expect_eq "an origin that refuses connections is 502" 502 "$code"
reply=$(raw_request "$HUSH_PORT" "POST http://api.openai.com/v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Length: 2\r\n\r\n{}")
expect_match "plain http:// to an AI host is refused (it would go unscanned)" \
    "^HTTP/1.1 403.*only over https" "$(tr -d '\r' <<<"$reply" | tr '\n' ' ')"
check "forwards are logged" logged "decision=forward status=200" "$HUSH_LOG"
finish
