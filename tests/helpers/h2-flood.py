#!/usr/bin/env python3
"""h2-flood.py: an HTTP/2 SETTINGS or PING flood from a client that never reads, for hostile.sh.

    python3 h2-flood.py --proxy PORT --ca HUSH-CA.pem --kind settings|ping [--count N] [--max-ms MS]
                        [--stop-file F]

CONNECTs to api.openai.com:443 through hush on 127.0.0.1:PORT, completes TLS (ALPN h2), sends the
client preface, then --count frames in batches, and never reads: the socket's receive buffer is
made tiny before connecting and the end of the connection is seen in the kernel's TCP state, so
hush's ACKs back up whatever the machine's speed (a client that reads, or a large buffer, lets
hush flush them and never see a flood). Once F exists (the caller saw the flood in hush's log) or
--max-ms has passed, it reads to the end. Prints one JSON line: frames sent, whether hush closed
the connection.
Loopback only.
"""
import argparse
import json
import os
import socket
import ssl
import struct
import time

p = argparse.ArgumentParser()
p.add_argument("--proxy", type=int, required=True)
p.add_argument("--ca", required=True)
p.add_argument("--host", default="api.openai.com")
p.add_argument("--kind", choices=["settings", "ping"], default="settings")
p.add_argument("--count", type=int, default=300000)
p.add_argument("--max-ms", type=int, default=10000)
p.add_argument("--stop-file", default="/nonexistent")
a = p.parse_args()


def frame(ftype, flags, sid, payload=b""):
    return struct.pack(">I", len(payload))[1:] + bytes([ftype, flags]) + struct.pack(">I", sid) + payload


def out(**kw):
    print(json.dumps(kw))
    raise SystemExit(0)


raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connect: sets the window
raw.settimeout(5)
raw.connect(("127.0.0.1", a.proxy))
raw.sendall(f"CONNECT {a.host}:443 HTTP/1.1\r\nHost: {a.host}:443\r\n\r\n".encode())
head = b""
while b"\r\n\r\n" not in head:
    chunk = raw.recv(1)  # byte by byte: nothing of the TLS stream may be consumed here
    if not chunk:
        out(error="proxy closed during CONNECT")
    head += chunk
if not head.startswith(b"HTTP/1.1 200"):
    out(error="CONNECT answered " + head.split(b"\r\n")[0].decode("latin1"))
ctx = ssl.create_default_context(cafile=a.ca)
ctx.set_alpn_protocols(["h2"])
s = ctx.wrap_socket(raw, server_hostname=a.host)
if s.selected_alpn_protocol() != "h2":
    out(error=f"ALPN chose {s.selected_alpn_protocol()}")

t0 = time.monotonic()
deadline = t0 + a.max_ms / 1000
elapsed_ms = lambda: int((time.monotonic() - t0) * 1000)
s.sendall(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + frame(4, 0, 0))
sent = 0
closed_ms = None
while sent < a.count and time.monotonic() < deadline:
    n = min(100, a.count - sent)
    if a.kind == "settings":
        batch = frame(4, 0, 0) * n
    else:
        batch = b"".join(frame(6, 0, 0, bytes([(sent + i) & 0xFF]) * 8) for i in range(n))
    s.settimeout(max(0.05, deadline - time.monotonic()))
    try:
        s.sendall(batch)
    except socket.timeout:
        break  # hush stopped reading: the flood is queued; see what it does next
    except (ssl.SSLError, OSError):
        closed_ms = elapsed_ms()
        break
    sent += n
sent_ms = elapsed_ms()


def tcp_state():
    """The kernel's view of the connection, without reading a byte: 1 is ESTABLISHED."""
    try:
        return s.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 8)[0]
    except OSError:
        return 7  # TCP_CLOSE


# Still nothing read: wait for the caller (who watches hush's log) to say the flood was seen, or
# for a reset. Then read to the end: hush must have closed the connection.
while closed_ms is None and time.monotonic() < deadline and not os.path.exists(a.stop_file):
    if tcp_state() != 1:
        closed_ms = elapsed_ms()
        break
    time.sleep(0.025)
stop_ms = elapsed_ms()
end = time.monotonic() + 8
while closed_ms is None and time.monotonic() < end:
    s.settimeout(max(0.05, end - time.monotonic()))
    try:
        if not s.recv(65536):
            closed_ms = elapsed_ms()
    except socket.timeout:
        break
    except (ssl.SSLError, OSError):
        closed_ms = elapsed_ms()
out(kind=a.kind, sent=sent, sentMs=sent_ms, stopMs=stop_ms, closed=closed_ms is not None,
    closedMs=closed_ms)
