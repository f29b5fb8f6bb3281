#!/usr/bin/env python3
"""gen_code55.py: values split in code and over blocks, on the text side (stop 55).

From the twenty-fifth blind set's public brief (its `where` family) and where54's notes: the
JSON-side cuts (arrays, members) did not move the blind set, so this corpus writes values cut
inside the text of one message, written and committed before hush was run on it:
  - code/<style>: a value (cards and births first, then every type) cut at any point (pieces of
    1-3 characters too), with or without a separator literal, inside code: `"a" + "b"` in
    JS/Java/Python/C#, Python implicit concatenation on one line and over two, `"".join([...])`,
    `.concat()`, template literals, Go `fmt.Sprintf("%s%s", ...)`, Go `+`, shell `A=...; B=...`,
    SQL `||` and `CONCAT()`, C adjacent literals, PHP `.`; a label (the variable or a comment)
    says what it is, as code does;
  - blocks/<type>, msgs/<type>: a value cut at any point over two content blocks, two text
    parts of one message or two consecutive messages (user/assistant turns);
  - trace/<runtime>: traceback locals and reprs in more runtimes (PHP, .NET, Kotlin, Rust Debug,
    Elixir, Python rich/pytest locals, Swift dump, Sentry frame vars);
Look-alikes (NEG_ spans) split the same ways: order ids, versions, hashes, other dates, UUIDs,
amounts. Values come from gen_where53.py (its random stream replaced by this file's). Request
bodies of the four APIs, a third \\uXXXX-escaped. metadata.class is the frame, metadata.pieces
the spans that are pieces.
Deterministic: python3 gen_code55.py > data/code55.json
"""
import random

import gen_where53 as w
import gen_where54 as w4
from gen_bodies import P
from gen_common import write_json

rng = random.Random(5555)
w.rng = rng
w4.rng = rng
records = []
OUT = w4.Bodies(records, w.ASK)
w4.records = records
w4.OUT = OUT
ENT, KEYS, LANGS, LAB = w.ENT, w.KEYS, w.LANGS, w4.LAB
ENT["ip"] = "IP_ADDRESS"
ENT["key"] = "SECRET"
KEYS["ip"] = {lg: "client_ip" for lg in LANGS}
KEYS["key"] = {lg: "api_key" for lg in LANGS}
LAB["ip"] = {lg: "IP" for lg in LANGS}
LAB["key"] = {lg: "API key" for lg in LANGS}


def lang(i):
    return LANGS[(i * 5 + i // 14) % len(LANGS)]


def grouped(s, n=4, sep=" "):
    return sep.join(s[j:j + n] for j in range(0, len(s), n))


def cut_any(v, k):
    """v cut into k pieces at any points (a piece may be one character)."""
    pts = sorted(rng.sample(range(1, len(v)), k - 1))
    return [v[a:b] for a, b in zip([0] + pts, pts + [len(v)])]


def short_cut(v):
    """v cut so one piece is 1-3 characters (at the head or the tail)."""
    n = rng.randint(1, 3)
    return [v[:n], v[n:]] if rng.random() < 0.5 else [v[:-n], v[-n:]]


def ipv4():
    return "%d.%d.%d.%d" % (rng.choice([81, 84, 91, 145, 178, 185, 203]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def api_key():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    k = rng.randint(0, 2)
    if k == 0:
        return "sk-proj-" + "".join(rng.choice(al) for _ in range(40))
    if k == 1:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))


def whole(t, lg):
    """The value of type t as it stands before it is cut."""
    if t == "card":
        d = w.card_digits()
        return rng.choice([d, grouped(d), grouped(d, sep="-")])
    if t == "dob":
        return w.dob_text(lg)
    if t == "iban":
        return rng.choice([w.iban_compact(), grouped(w.iban_compact())])
    if t == "ssn":
        return "-".join(w.ssn_parts())
    if t == "phone":
        return w.phone_text(lg)
    if t == "email":
        return w.email(lg)
    if t == "ip":
        return ipv4()
    return api_key()


def pieces_for(t, lg):
    """(pieces, separator literal or None): a value cut for code."""
    v = whole(t, lg)
    k = rng.randint(0, 5)
    if k == 0 and t == "card" and " " not in v and "-" not in v:
        return [v[j:j + 4] for j in range(0, 16, 4)], rng.choice([None, " ", "-"])
    if k == 1:
        return short_cut(v), None
    if k == 2 and len(v) > 9:
        return cut_any(v, 3), None
    return cut_any(v, 2), None


def neg_value():
    k = rng.randint(0, 5)
    if k == 0:
        return "NEG_ID", "ORD-%d-%06d" % (rng.randint(2023, 2026), rng.randint(1, 999999))
    if k == 1:
        return "NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 30))
    if k == 2:
        return "NEG_ID", "%040x" % rng.getrandbits(160)
    if k == 3:
        return "NEG_DATE", "%d-%02d-%02d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
    if k == 4:
        h = "%032x" % rng.getrandbits(128)
        return "NEG_ID", "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return "NEG_NUMBER", "%d %03d,%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99))


NEG_NAME = {"NEG_ID": "order_ref", "NEG_VERSION": "version", "NEG_DATE": "created_at",
            "NEG_NUMBER": "amount"}
CODE_TYPES = ["card", "dob", "card", "iban", "dob", "ssn", "card", "phone", "email", "ip", "key",
              "card", "dob"]
STYLES = ["js_plus", "java_plus", "py_plus", "cs_plus", "py_implicit", "py_implicit2", "py_join",
          "js_concat", "js_template", "go_sprintf", "go_plus", "shell", "sql_pipes", "sql_concat",
          "c_adjacent", "php_dot"]


def lits(p, lab, ps, sep, q, joiner):
    """The pieces as literals in quotes q joined by joiner; a separator literal between them."""
    for k, pc in enumerate(ps):
        if k:
            p.t(joiner)
            if sep:
                p.t(q + sep + q + joiner)
        p.t(q).s(lab, pc).t(q)


def code_line(p, style, name, lab, ps, sep):
    """One statement of style that builds name from the pieces."""
    if style == "js_plus":
        p.t("const %s = " % name)
        lits(p, lab, ps, sep, rng.choice(['"', "'"]), " + ")
        p.t(";\n")
    elif style == "java_plus":
        p.t("String %s = " % name)
        lits(p, lab, ps, sep, '"', rng.choice([" + ", "+", " +\n        "]))
        p.t(";\n")
    elif style == "py_plus":
        p.t("%s = " % name)
        lits(p, lab, ps, sep, rng.choice(['"', "'"]), " + ")
        p.t("\n")
    elif style == "cs_plus":
        p.t("var %s = " % name)
        lits(p, lab, ps, sep, '"', " + ")
        p.t(";\n")
    elif style == "py_implicit":
        p.t("%s = (" % name)
        lits(p, lab, ps, sep, '"', " ")
        p.t(")\n")
    elif style == "py_implicit2":
        p.t("%s = (\n    " % name)
        lits(p, lab, ps, sep, rng.choice(['"', "'"]), "\n    ")
        p.t("\n)\n")
    elif style == "py_join":
        p.t('%s = "%s".join([' % (name, sep or ""))
        lits(p, lab, ps, None, "'", ", ")
        p.t("])\n")
    elif style == "js_concat":
        p.t("const %s = " % name)
        p.t("'").s(lab, ps[0]).t("'")
        for pc in ps[1:]:
            p.t(".concat(" + ("'%s', " % sep if sep else "")).t("'").s(lab, pc).t("')")
        p.t(";\n")
    elif style == "js_template":
        p.t("const rest = ")
        lits(p, lab, ps[1:], sep, "'", " + ")
        p.t(";\nconst %s = `" % name).s(lab, ps[0]).t((sep or "") + "${rest}`;\n")
    elif style == "go_sprintf":
        p.t('%s := fmt.Sprintf("%s", ' % (name, (sep or "").join(["%s"] * len(ps))))
        lits(p, lab, ps, None, '"', ", ")
        p.t(")\n")
    elif style == "go_plus":
        p.t("%s := " % name)
        lits(p, lab, ps, sep, '"', " + ")
        p.t("\n")
    elif style == "shell":
        vs = []
        for k, pc in enumerate(ps):
            vn = "%s_%d" % (name.upper(), k + 1)
            vs.append("${%s}" % vn if rng.random() < 0.5 else "$" + vn)
            q = rng.choice(["", "'", '"'])
            p.t("%s=%s" % (vn, q)).s(lab, pc).t(q + rng.choice(["; ", "\n"]))
        p.t('export %s="%s"\n' % (name.upper(), (sep or "").join(vs)))
    elif style == "sql_pipes":
        p.t("UPDATE customers SET %s = " % name)
        lits(p, lab, ps, sep, "'", " || ")
        p.t(" WHERE id = %d;\n" % rng.randint(1, 9999))
    elif style == "sql_concat":
        p.t("SELECT CONCAT(")
        lits(p, lab, ps, sep, "'", ", ")
        p.t(") AS %s;\n" % name)
    elif style == "c_adjacent":
        p.t("static const char *%s = " % name)
        lits(p, lab, ps, sep, '"', rng.choice([" ", "\n    "]))
        p.t(";\n")
    else:  # php_dot
        p.t("$%s = " % name)
        lits(p, lab, ps, sep, rng.choice(['"', "'"]), rng.choice([" . ", "."]))
        p.t(";\n")


def f_code(n):
    for i in range(n):
        lg = lang(i)
        t = CODE_TYPES[i % len(CODE_TYPES)]
        style = STYLES[(i + i // len(CODE_TYPES)) % len(STYLES)]
        ps, sep = pieces_for(t, lg)
        p = P()
        if rng.random() < 0.3:
            p.t({"sql_pipes": "-- ", "sql_concat": "-- ", "shell": "# ", "py_plus": "# ",
                 "py_implicit": "# ", "py_implicit2": "# ", "py_join": "# "}.get(style, "// "))
            p.t("test fixture for %s\n" % LAB[t][lg])
        code_line(p, style, KEYS[t][lg], ENT[t], ps, sep)
        lab, nv = neg_value()
        code_line(p, style, NEG_NAME[lab], lab, short_cut(nv) if rng.random() < 0.4 else cut_any(nv, 2), None)
        w4.emit_text(p, lg, "code/%s/%s" % (style, t), i, pieces=True)


BLOCK_TYPES = ["card", "dob", "card", "iban", "ssn", "dob", "phone", "email", "ip", "key", "card"]


def f_blocks(n):
    """A value cut at any point over two blocks, parts or messages, with or without a label."""
    for i in range(n):
        lg = lang(i + 1)
        t = BLOCK_TYPES[i % len(BLOCK_TYPES)]
        v = whole(t, lg)
        ps = short_cut(v) if i % 3 == 0 else cut_any(v, 2)
        blocks = []
        for j, pc in enumerate(ps):
            b = P()
            if j == 0 and (t in ("dob", "ssn") or rng.random() < 0.6):
                b.t(rng.choice(["", "Customer record. "]) + LAB[t][lg] + rng.choice([": ", " "]))
            b.s(ENT[t], pc)
            blocks.append(b)
        lab, nv = neg_value()
        blocks[-1].t("\n" + NEG_NAME[lab] + ": ")
        ns = cut_any(nv, 2)
        blocks[-1].s(lab, ns[0])
        if i % 2:
            blocks[-1].t("\n")
            OUT.emit_blocks(blocks, lg, "blocks/" + t, i)
        else:
            blocks[-1].t(ns[1] + "\n")
            api = ["chat", "anth", "resp", "gemini"][(i // 2) % 4]
            a = i % 3 == 0
            body = w4.dumps(w4.two_msgs_body(api, w.ASK[lg], len(blocks)), a, i % 4 == 0)
            tx, sp = w4.place(body, blocks, a)
            OUT.emit(tx, sp, lg, "msgs/" + t, api)
        records[-1]["metadata"]["pieces"] = [k for k, s in enumerate(records[-1]["spans"])
                                             if not s["entity_type"].startswith("NEG_")]


TRACE_TYPES = ["card", "dob", "email", "iban", "ssn", "phone", "card", "ip"]


def f_trace(n):
    """Traceback locals and reprs in more runtimes."""
    rts = ["php", "dotnet", "kotlin", "rust", "elixir", "rich", "pytest", "swift", "sentry"]
    for i in range(n):
        lg = lang(i + 2)
        t = TRACE_TYPES[i % len(TRACE_TYPES)]
        rt = rts[i % len(rts)]
        key = KEYS[t][lg]
        v = whole(t, lg)
        lab, nv = neg_value()
        nk = NEG_NAME[lab]
        E = ENT[t]
        p = P()
        if rt == "php":
            p.t("PHP Fatal error:  Uncaught InvalidArgumentException: declined in /var/www/app/Pay.php:41\nStack trace:\n#0 /var/www/app/Pay.php(88): Pay->charge('")
            p.s(E, v).t("', '").s(lab, nv).t("')\n#1 {main}\n  thrown in /var/www/app/Pay.php on line 41\n")
        elif rt == "dotnet":
            p.t("System.ArgumentException: declined\n   at Billing.Pay.Charge(String %s, String %s) in C:\\src\\Pay.cs:line 41\nLocals:\n    %s = \"" % (key, nk, key))
            p.s(E, v).t("\"\n    %s = \"" % nk).s(lab, nv).t("\"\n")
        elif rt == "kotlin":
            p.t("Exception in thread \"main\" java.lang.IllegalStateException: declined for Customer(%s=" % key)
            p.s(E, v).t(", %s=" % nk).s(lab, nv).t(")\n\tat billing.PayKt.charge(Pay.kt:41)\n")
        elif rt == "rust":
            p.t("thread 'main' panicked at src/pay.rs:41:9:\ndeclined: Customer { %s: \"" % key)
            p.s(E, v).t("\", %s: \"" % nk).s(lab, nv).t("\" }\nnote: run with `RUST_BACKTRACE=1`\n")
        elif rt == "elixir":
            p.t("** (RuntimeError) declined\n    (billing 0.1.0) lib/pay.ex:41: Billing.Pay.charge(%%{%s: \"" % key)
            p.s(E, v).t("\", %s: \"" % nk).s(lab, nv).t("\"})\n")
        elif rt == "rich":
            p.t("╭──────────── locals ────────────╮\n│ %s = '" % key)
            p.s(E, v).t("' │\n│ %s = '" % nk).s(lab, nv).t("' │\n╰────────────────────────────────╯\nValueError: declined\n")
        elif rt == "pytest":
            p.t("%s = '" % key).s(E, v).t("'\n%s = '" % nk).s(lab, nv)
            p.t("'\n\n    def test_charge():\n>       charge(%s)\nE       ValueError: declined\n" % key)
        elif rt == "swift":
            p.t("Fatal error: declined: file Pay.swift, line 41\n▿ Customer\n  - %s: \"" % key)
            p.s(E, v).t("\"\n  - %s: \"" % nk).s(lab, nv).t("\"\n")
        else:
            p.t('frame vars (sentry): {"%s": "' % key).s(E, v).t('", "%s": "' % nk).s(lab, nv).t('"}\n')
        w4.emit_text(p, lg, "trace/%s/%s" % (rt, t), i)


f_code(272)
f_blocks(160)
f_trace(72)

if __name__ == "__main__":
    write_json(records)
