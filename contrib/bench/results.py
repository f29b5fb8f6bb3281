#!/usr/bin/env python3
"""results.py RAW META: turns run.sh's RESULT lines into RESULTS.md (stdout).

The one thing a reader must know: every figure comes from one bench_loadgen RESULT line of the
same run; ratios are hush / peer, so > 1 is better for hush on rates and < 1 on latency, CPU, RSS.
"""
import shlex
import sys

raw, meta_path = sys.argv[1], sys.argv[2]
R = {}
for line in open(raw):
    kv = dict(t.split("=", 1) for t in shlex.split(line) if "=" in t)
    R[(kv.get("target"), kv.get("label"))] = kv
meta = dict(l.rstrip("\n").split("=", 1) for l in open(meta_path) if "=" in l)
TARGETS = ["direct", "hush", "mitmproxy", "sslsplit"]


def get(t, label, key, scale=1.0):
    kv = R.get((t, label))
    if not kv or kv.get("failed") == "1" or key not in kv:
        return None
    try:
        v = float(kv[key]) * scale
    except ValueError:
        return None
    if label not in ("idle_rss", "f") and key not in ("errors",) and float(kv.get("reqs", 0)) == 0:
        return None
    return v


def fmt(v, digits=1):
    if v is None:
        return "n/a"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.{digits}f}"


def ratio(a, b, digits=2):
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.{digits}f}x"


# (row title, label, key, scale, digits, ratio?)
ROWS = [
    ("(a) h1 keep-alive, 1 conn: req/s", "a1", "rps", 1, 0),
    ("(a) h1 keep-alive, 1 conn: p50 ms", "a1", "p50_us", 1e-3, 2),
    ("(a) h1 keep-alive, 1 conn: p99 ms", "a1", "p99_us", 1e-3, 2),
    ("(a) h1 keep-alive, 64 conns: req/s", "a64", "rps", 1, 0),
    ("(a) h1 keep-alive, 64 conns: p50 ms", "a64", "p50_us", 1e-3, 2),
    ("(a) h1 keep-alive, 64 conns: p99 ms", "a64", "p99_us", 1e-3, 2),
    ("(a) h1 64 conns: CPU s per 10k req", "a64", "cpu_s_per_10k", 1, 3),
    ("(a) h1 keep-alive, 8 conns: req/s", "a8", "rps", 1, 0),
    ("(a) h1 8 conns: CPU s per 10k req", "a8", "cpu_s_per_10k", 1, 3),
    ("(a) h1 64 conns: RSS under load MB", "a64", "rss_max_kb", 1 / 1024, 1),
    ("(a) h1 64 conns at 50% of hush peak: req/s", "a64_half", "rps", 1, 0),
    ("(a) h1 64 conns at 50% of hush peak: p99 ms", "a64_half", "p99_us", 1e-3, 3),
    ("(a) pinned (load client + upstream on CPU 0, measured process on CPU 1): peak req/s", "a64_pinned", "rps", 1, 0),
    ("(a) pinned, at 50% of hush's pinned peak: req/s", "a64_half_pinned", "rps", 1, 0),
    ("(a) pinned, at 50% of hush's pinned peak: p99 ms", "a64_half_pinned", "p99_us", 1e-3, 3),
    ("(b) h2 4 conns x 16 streams: req/s", "b", "rps", 1, 0),
    ("(b) h2 4x16: p50 ms", "b", "p50_us", 1e-3, 2),
    ("(b) h2 4x16: p99 ms", "b", "p99_us", 1e-3, 2),
    ("(b) h2 4x16: CPU s per 10k req", "b", "cpu_s_per_10k", 1, 3),
    ("(c) new CONNECT+TLS+request per conn (16 at once): conn/s", "c", "rps", 1, 0),
    ("(c) new conn: p50 ms (connect to response end)", "c", "p50_us", 1e-3, 2),
    ("(c) new conn: p99 ms", "c", "p99_us", 1e-3, 2),
    ("(c) new conn: CPU s per 10k conns", "c", "cpu_s_per_10k", 1, 3),
    ("(c) resumed TLS (client offers its last session): conn/s", "c_resumed", "rps", 1, 0),
    ("(c) resumed: p50 ms", "c_resumed", "p50_us", 1e-3, 2),
    ("(c) resumed: CPU s per 10k conns", "c_resumed", "cpu_s_per_10k", 1, 3),
    ("(c) resumed: handshakes resumed %", "c_resumed", "resumed_pct", 1, 1),
    ("(d) SSE 500 events: time to last event p50 ms", "d", "p50_us", 1e-3, 2),
    ("(d) SSE 500 events: time to last event p99 ms", "d", "p99_us", 1e-3, 2),
    ("(d) SSE: events/s (1 stream at a time)", "d", "events_s", 1, 0),
    ("(e) tunnel download: MB/s", "e_down", "tunnel_mb_s", 1, 0),
    ("(e) tunnel upload: MB/s", "e_up", "tunnel_mb_s", 1, 0),
    ("(f) RSS idle (fresh process) MB", "idle_rss", "rss_start_kb", 1 / 1024, 1),
    ("(f) idle connections established", "f", "established", 1, 0),
    ("(f) idle: connections opened per s", "f", "opens_s", 1, 0),
    ("(f) idle: RSS holding them MB", "f", "rss_held_kb", 1 / 1024, 1),
    ("(f) idle: RSS per idle connection KiB", "f", "rss_per_conn_kb", 1, 1),
]
# (g) agent-sized request bodies (agent_body.py), one connection, JSON and SSE responses
for sz in ("256k", "1m", "4m"):
    for kind, what in (("json", "JSON"), ("sse", "SSE")):
        lab = f"g{sz}_{kind}"
        ROWS += [
            (f"(g) {sz} body, {what} response: first byte p50 ms", lab, "ttfb_p50_us", 1e-3, 2),
            (f"(g) {sz} body, {what} response: last byte p50 ms", lab, "p50_us", 1e-3, 2),
        ]
    ROWS += [
        (f"(g) {sz} body, JSON: CPU ms per request", f"g{sz}_json", "cpu_s_per_10k", 0.1, 2),
        (f"(g) {sz} body, JSON: peak RSS MB", f"g{sz}_json", "rss_max_kb", 1 / 1024, 1),
    ]

out = []
w = out.append
w("# hush benchmark results")
w("")
w("Written by `contrib/bench/run.sh` (do not edit by hand). Figures from one run, all processes on")
w("one machine, loopback only (inside a private network namespace unless noted below).")
w("")
w(f"- Command: `{meta.get('cmd', '')}` ({meta.get('params', '')})")
w(f"- Machine: {meta.get('nproc')} CPUs, {meta.get('cpu')}; kernel {meta.get('kernel')}")
w(f"- Versions: hush {meta.get('hush')}, mitmproxy {meta.get('mitmproxy')}, sslsplit {meta.get('sslsplit')}")
w(f"- Date: {meta.get('date')}; network namespace: {meta.get('netns')}; extra CFLAGS: {meta.get('cflags')}")
w(f"- Load average (1/5/15 min) before: {meta.get('load_before')}, after: {meta.get('load_after')}")
if meta.get("turns"):  # run.sh: bench_turns; the (g) rows run with the scan cache off
    w(f"- (g) growing conversation, in-process (bench_turns; the (g) rows above run with the scan cache off): {meta['turns']}")
w("")
w("| figure | direct | hush | mitmproxy | sslsplit | hush / mitmproxy | hush / sslsplit | hush / direct |")
w("|---|---:|---:|---:|---:|---:|---:|---:|")
for title, label, key, scale, digits in ROWS:
    vals = {t: get(t, label, key, scale) for t in TARGETS}
    h = vals["hush"]
    w(f"| {title} | " + " | ".join(fmt(vals[t], digits) for t in TARGETS) + " | "
      + " | ".join(ratio(h, vals[p]) for p in ("mitmproxy", "sslsplit", "direct")) + " |")
w("")
errs = {t: sum(int(float(kv.get("errors", 0))) for (tt, _), kv in R.items() if tt == t) for t in TARGETS}
w("Errors counted by the load client (all scenarios): "
  + ", ".join(f"{t} {errs[t]}" for t in TARGETS) + ".")
w("")

# targets from issue 8
def tgt(name, value, ok, goal):
    w(f"| {name} | {value} | {goal} | {'met' if ok else 'MISSED'} |")


w("## Targets (issue 8)")
w("")
w("| target | measured | goal | |")
w("|---|---:|---|---|")
ha, ma, da = get("hush", "a64", "rps"), get("mitmproxy", "a64", "rps"), get("direct", "a64", "rps")
if ha and ma:
    tgt("(a) h1 64 conns req/s vs mitmproxy", f"{ha / ma:.1f}x", ha / ma >= 20, ">= 20x")
if ha and da:
    tgt("(a) h1 64 conns req/s vs direct", f"{100 * ha / da:.0f}%", ha / da >= 0.5, ">= 50%")
hp, dp = get("hush", "a64_half", "p99_us"), get("direct", "a64_half", "p99_us")
if hp is not None and dp is not None:
    added = (hp - dp) / 1000
    tgt("(a) p99 added latency at 50% of hush peak", f"{added:.3f} ms", added < 1, "< 1 ms")
hc = get("hush", "c", "rps")
if hc is not None:
    tgt("(c) new intercepted connections/s", fmt(hc, 0), hc >= 2000, ">= 2,000/s")
he = get("hush", "e_down", "tunnel_mb_s")
if he is not None:
    tgt("(e) tunnel download MB/s", fmt(he, 0), he >= 1000, ">= 1,000 MB/s")
hu = get("hush", "e_up", "tunnel_mb_s")
if hu is not None:
    tgt("(e) tunnel upload MB/s", fmt(hu, 0), hu >= 1000, ">= 1,000 MB/s")
hf = get("hush", "f", "rss_per_conn_kb")
if hf is not None:
    tgt("(f) RSS per idle intercepted TLS connection", f"{hf:.1f} KiB", hf < 64, "< 64 KiB")
    tgt("(f) RSS per idle intercepted TLS connection (issue 19)", f"{hf:.1f} KiB", hf <= 12, "<= 12 KiB")
for sz, mib in (("256k", 0.25), ("1m", 1.0), ("4m", 4.0)):
    hg, dg = get("hush", f"g{sz}_json", "p50_us"), get("direct", f"g{sz}_json", "p50_us")
    if hg is not None and dg is not None:
        per = (hg - dg) / 1000 / mib
        tgt(f"(g) {sz} body: added time to last byte per MiB (issue 19)", f"{per:.1f} ms", per <= 3, "<= 3 ms")
    r0, r1 = get("hush", f"g{sz}_json", "rss_start_kb"), get("hush", f"g{sz}_json", "rss_max_kb")
    if r0 is not None and r1 is not None:
        x = (r1 - r0) / 1024 / mib
        tgt(f"(g) {sz} body: RSS growth / body size (issue 19)", f"{x:.1f}x", x <= 3, "<= 3x")
hi = get("hush", "idle_rss", "rss_start_kb", 1 / 1024)
if hi is not None:
    tgt("(f) RSS idle", f"{hi:.1f} MB", hi < 30, "< 30 MB")
# issue 19's targets, all as ratios to direct in this run (or per-request figures)
for lab, conns in (("a64", 64), ("a8", 8)):
    hc10 = get("hush", lab, "cpu_s_per_10k")
    if hc10 is not None:
        us = hc10 * 100  # s per 10k requests -> us per request
        tgt(f"(a) hush CPU per 2 KiB request, {conns} conns (issue 19)", f"{us:.0f} us", us <= 45, "<= 45 us")
for lab, what in (("a64_half", "shared cores"), ("a64_half_pinned", "pinned")):
    hp, dp = get("hush", lab, "p99_us"), get("direct", lab, "p99_us")
    if hp is not None and dp is not None:
        added = (hp - dp) / 1000
        tgt(f"(a) p99 at 50% of hush peak, {what}: added to direct (issue 19)", f"{added:.2f} ms", added <= 2, "<= 2 ms")
for lab, what in (("c", "new connections/s"), ("c_resumed", "resumed connections/s")):
    h, d = get("hush", lab, "rps"), get("direct", lab, "rps")
    if h and d:
        tgt(f"(c) {what} vs direct (issue 19)", f"{h / d:.2f}x", h / d >= 0.9, ">= 0.9x")
for lab, what in (("e_down", "download"), ("e_up", "upload")):
    h, d = get("hush", lab, "tunnel_mb_s"), get("direct", lab, "tunnel_mb_s")
    if h and d:
        tgt(f"(e) tunnel {what} vs direct (issue 19)", f"{h / d:.2f}x", h / d >= 0.8, ">= 0.8x")
hs0, hpc = get("hush", "f", "rss_start_kb"), get("hush", "f", "rss_per_conn_kb")
if hs0 is not None and hpc is not None:
    mb = (hs0 + hpc * 10000) / 1024  # the process's RSS with 10,000 held (exact when --idle 10000)
    tgt("(f) 10,000 idle intercepted connections: RSS (issue 19)", f"{mb:.0f} MB", mb <= 120, "<= 120 MB")
w("")
w(open(__file__.replace("results.py", "RESULTS.notes.md")).read().rstrip()
  if __import__("os").path.exists(__file__.replace("results.py", "RESULTS.notes.md")) else "")
print("\n".join(out))
