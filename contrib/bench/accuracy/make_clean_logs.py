#!/usr/bin/env python3
"""Writes a deterministic, PII-free synthetic log corpus to stdout: UUIDs, git SHAs, hex and
base64 hashes, ISO and epoch timestamps, durations, versions, ports, pids, sizes, prices, order
ids and HTTP lines. Nothing in it is PII, so every finding on it is a false positive."""
import base64
import hashlib
import random
import sys
import uuid

r = random.Random(5)
levels = ["INFO", "WARN", "DEBUG", "ERROR"]
paths = ["/v1/chat/completions", "/v1/messages", "/healthz", "/api/orders", "/static/app.js"]
words = ["request", "completed", "retrying", "cache", "miss", "hit", "flushed", "queue", "worker",
         "started", "shutdown", "upstream", "timeout", "connection", "reset", "sent", "bytes"]


def ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28),
                                                      r.randint(0, 23), r.randint(0, 59),
                                                      r.randint(0, 59), r.randint(0, 999))


out = []
for i in range(40000):
    h = hashlib.sha1(str(i).encode()).hexdigest()
    kind = r.randint(0, 9)
    if kind == 0:
        line = "%s %s request_id=%s trace=%s span=%s" % (ts(), r.choice(levels),
                                                          uuid.UUID(int=r.getrandbits(128)),
                                                          hashlib.md5(h.encode()).hexdigest(),
                                                          h[:16])
    elif kind == 1:
        line = "%s GET %s %d %dms %dB v%d.%d.%d" % (ts(), r.choice(paths), r.choice([200, 404, 502]),
                                                   r.randint(1, 9999), r.randint(0, 10**7),
                                                   r.randint(0, 20), r.randint(0, 40),
                                                   r.randint(0, 200))
    elif kind == 2:
        line = "commit %s Merge: %s %s" % (h, h[:7], hashlib.sha1(h.encode()).hexdigest()[:7])
    elif kind == 3:
        line = "epoch=%d ms=%d ns=%d pid=%d port=%d" % (r.randint(1.5e9, 1.8e9),
                                                        r.randint(1.5e12, 1.8e12),
                                                        r.randint(1.5e18, 1.8e18),
                                                        r.randint(1, 4 * 10**6),
                                                        r.randint(1024, 65535))
    elif kind == 4:
        line = "order ORD-%d-%06d total $%d,%03d.%02d (EUR %d.%03d,%02d) qty %d sku %s" % (
            r.randint(2019, 2025), r.randint(0, 999999), r.randint(1, 99), r.randint(0, 999),
            r.randint(0, 99), r.randint(1, 99), r.randint(0, 999), r.randint(0, 99),
            r.randint(1, 500), h[:10].upper())
    elif kind == 5:
        line = "sha256:%s size=%d digest=%s" % (hashlib.sha256(h.encode()).hexdigest(),
                                                r.randint(0, 10**9),
                                                base64.b64encode(hashlib.sha256(h.encode()).digest()).decode())
    elif kind == 6:
        line = "%s %s %s %s after %.3fs (attempt %d/%d)" % (ts(), r.choice(levels), r.choice(words),
                                                           r.choice(words), r.random() * 30,
                                                           r.randint(1, 5), 5)
    elif kind == 7:
        line = "build %d.%d.%d-rc.%d+%s on %04d-%02d-%02d %02d:%02d, took %dm%02ds" % (
            r.randint(0, 9), r.randint(0, 30), r.randint(0, 99), r.randint(1, 9), h[:8],
            r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
            r.randint(0, 59), r.randint(0, 59), r.randint(0, 59))
    elif kind == 8:
        line = "mem rss=%dKiB heap=%d/%d gc=%d cpu=%.1f%% load %.2f %.2f %.2f" % (
            r.randint(10**4, 10**7), r.randint(0, 10**9), r.randint(10**9, 4 * 10**9),
            r.randint(0, 9999), r.random() * 100, r.random() * 8, r.random() * 8, r.random() * 8)
    else:
        line = "id=%s parent=%s object=%s/%s" % (uuid.UUID(int=r.getrandbits(128)),
                                                 uuid.UUID(int=r.getrandbits(128)).hex,
                                                 r.choice(["users", "files", "jobs"]),
                                                 r.getrandbits(63))
    out.append(line)
sys.stdout.write("\n".join(out) + "\n")
