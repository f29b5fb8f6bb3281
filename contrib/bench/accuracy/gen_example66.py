#!/usr/bin/env python3
"""gen_example66.py: documentation values and look-alikes in artefacts (issue 15, stop 66).

From the thirty-first blind set's public brief (its look-alike line: documentation mailboxes
and phones after `e.g.`, MIME boundaries and message ids) and my own idea of such text, never
its generator or records; written and committed before hush was run on it. Text a developer or
an admin pastes whole: API documentation and README snippets, form help texts, test fixtures
(JSON, YAML, SQL, Python), e-mail sources with their headers. Each holds values that are
provably no one's beside values that look like anyone's, in the same positions:

- look-alikes: mailboxes of reserved domains (RFC 2606/6761: example.com/.org/.net,
  `*.example`, `*.test`, `*.invalid`, `*.localhost`: NEG_EXAMPLE), phones of ranges reserved for
  fiction (NANPA 555-0100..0199 with any area code, Ofcom drama ranges 07700 900xxx,
  020 7946 0xxx, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0xxx, 01632 960xxx:
  NEG_EXAMPLE), Message-ID / In-Reply-To / References ids and MIME boundaries (NEG_ID);
- gold: realistic mailboxes (EMAIL_ADDRESS) and phones (PHONE_NUMBER) of real-looking domains
  and assignable ranges after `e.g.`, in fixtures and in headers; display names in headers and
  signatures (PERSON).

Every record a request body of the four APIs, a third `\\uXXXX`. Deterministic:
python3 gen_example66.py > data/example66.json
"""
import random

from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(6666)

GIVEN = ["Maria", "Jonas", "Priya", "Tomasz", "Aisha", "Lukas", "Chloé", "Mateo", "Sofia",
         "Daniel", "Hannah", "Oliver", "Emma", "Rafael", "Ingrid", "Kenji", "Fatima", "Niamh"]
SUR = ["Keller", "Brennan", "Okafor", "Nowak", "Lindqvist", "Fischer", "Moreau", "Varga",
       "Castillo", "Whitfield", "Haddad", "O'Sullivan", "Ramsey", "Delacroix", "Kowalczyk",
       "Thornton", "Albrecht", "Marsh"]
REAL_DOM = ["gmail.com", "posteo.de", "outlook.com", "web.de", "proton.me", "yahoo.co.uk",
            "icloud.com", "gmx.net", "orange.fr", "brennan-legal.ie", "nordwerk-gmbh.de",
            "harbourdental.co.uk", "kellerbau.ch", "fastmail.com"]
RES_DOM = ["example.com", "example.org", "example.net", "mail.example", "corp.example",
           "acme.test", "shop.test", "foo.invalid", "app.localhost", "dev.example.com",
           "api.example.org", "example.invalid"]
LOCAL_DOC = ["user", "jane.doe", "john", "alice", "bob", "noreply", "support", "admin",
             "test.user", "someone", "you", "name", "first.last", "customer"]


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return R.choice("23456789") + d(n - 1)


def person():
    return R.choice(GIVEN) + " " + R.choice(SUR)


def real_mail(name=None):
    g, s = (name or person()).lower().replace("é", "e").replace("'", "").split(" ")
    local = R.choice([g + "." + s, g[0] + "." + s, g + s[:1], s + "." + g, g + "_" + s, g + d(2)])
    return local + "@" + R.choice(REAL_DOM)


def doc_mail():
    return R.choice(LOCAL_DOC) + "@" + R.choice(RES_DOM)


def us(area, ex, line):
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s",
                     "+1 (%s) %s-%s"]) % (area, ex, line)


def uk_mob(prefix, rest):  # prefix "7700", rest "900123"
    return R.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0%s-%s"]) % (prefix, rest)


def uk_geo(area, a, b):  # ("20", "7946", "0123") or ("113", "496", "0123")
    return R.choice(["0%s %s %s", "+44 %s %s %s", "(0%s) %s %s", "+44 (0)%s %s %s"]) % (area, a, b)


def real_phone():
    k = R.random()
    if k < 0.4:
        ex = nz(3)
        while ex == "555":
            ex = nz(3)
        return us(R.choice(["415", "646", "312", "617", "206", "512", "303", "718"]), ex, d(4))
    if k < 0.65:
        rest = nz(6)
        return uk_mob(R.choice(["7911", "7826", "7488", "7563", "7402", "7985"]), rest)
    if k < 0.85:
        area, a = R.choice([("20", "8" + d(3)), ("20", "3" + d(3)), ("113", "2" + d(2)),
                            ("161", "8" + d(2)), ("131", "5" + d(2)), ("117", "9" + d(2))])
        return uk_geo(area, a, d(4))
    return R.choice(["+49 30 %s %s" % (nz(4), d(4)), "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                     "+353 87 %s %s" % (nz(3), d(4)), "+49 171 %s" % nz(7)])


def fiction_phone():
    k = R.random()
    if k < 0.45:
        return us(R.choice(["415", "212", "800", "555", "310", "617", "202", "708"]), "555",
                  "01" + d(2))
    if k < 0.65:
        return uk_mob("7700", "900" + d(3))
    if k < 0.8:
        return uk_geo("20", "7946", "0" + d(3))
    if k < 0.93:
        return uk_geo(R.choice(["113", "114", "115", "116", "117", "118", "121", "131", "141",
                                "151", "161"]), "496", "0" + d(3))
    return R.choice(["01632 960%s", "+44 1632 960%s"]) % d(3)


def msgid():
    host = R.choice(["mail.example.com", "mx.google.com", "eu-west-1.amazonses.com",
                     "EUR03-AM5.prod.outlook.com", "smtp.posteo.de", "mail.gmail.com",
                     "mailer.zendesk.com", "list.debian.org"])
    local = R.choice([
        lambda: "CA+%s%s" % ("".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(30)), "w"),
        lambda: "%s.%s.%s" % (d(14), d(5), "JavaMail.app"),
        lambda: "0100018%s-%s-%s-%s-%s-000000" % (d(7), "".join(R.choice("0123456789abcdef") for _ in range(8)), d(4), d(4), d(4)),
        lambda: "%s$%s" % ("".join(R.choice("0123456789ABCDEF") for _ in range(12)), d(6)),
        lambda: "20%s%s.%s" % (d(6), d(6), "".join(R.choice("abcdef0123456789") for _ in range(10))),
        lambda: "AM6PR%sMB%s%s" % (d(2), d(4), "".join(R.choice("ABCDEF0123456789") for _ in range(12))),
    ])()
    return local + "@" + host


def boundary():
    return R.choice([
        lambda: "----=_Part_%s_%s.%s" % (d(5), d(9), d(13)),
        lambda: "00000000000%s" % "".join(R.choice("0123456789abcdef") for _ in range(17)),
        lambda: "_000_%s_" % "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)),
        lambda: "Apple-Mail=_%s-%s-%s" % ("".join(R.choice("0123456789ABCDEF") for _ in range(8)), d(4), d(4)),
        lambda: "===============%s==" % d(19),
    ])()


def put(doc, fmt, label, v):
    a, b = fmt.split("%s")
    doc.t(a).s(label, v).t(b)


def pair(doc, fmt, kind):
    """One realistic value (gold) and one provably fictional one (NEG_EXAMPLE) in the same
    position, in a random order."""
    vals = [("EMAIL_ADDRESS", real_mail()), ("NEG_EXAMPLE", doc_mail())] if kind == "mail" else \
        [("PHONE_NUMBER", real_phone()), ("NEG_EXAMPLE", fiction_phone())]
    R.shuffle(vals)
    for lab, v in vals:
        put(doc, R.choice(fmt), lab, v)
        doc.t("\n")


DOC_MAIL = ["- `email` (string, required): the customer's address, e.g. `%s`.",
            "Email address (e.g. %s)", "  email: %s  # e.g.", "Enter your e-mail, e.g. %s",
            "| `reply_to` | string | e.g. %s |", "Example: `curl -d 'to=%s' https://api.%s/v1/send`",
            "Set NOTIFY_EMAIL to an address such as %s.", "For example: `git config user.email %s`"]
DOC_PHONE = ["- `phone` (string, E.164 preferred): e.g. `%s`.", "Phone number (e.g. %s)",
             "  phone: \"%s\"  # e.g.", "Mobile, e.g. %s", "| `contact_phone` | string | e.g. %s |",
             "Numbers are accepted as written, for example %s.", "Tel. (e.g. %s)"]
FIX_MAIL = ['  {"id": %d, "email": "%%s"},', "  - email: %%s", "INSERT INTO users (id, email) VALUES (%d, '%%s');",
            "    user = User(id=%d, email=\"%%s\")", "%d,%%s"]
FIX_PHONE = ['  {"id": %d, "phone": "%%s"},', "  - phone: \"%%s\"", "INSERT INTO contacts (id, phone) VALUES (%d, '%%s');",
             "    contact = Contact(pk=%d, phone=\"%%s\")", "%d;%%s"]


def c_docs(doc):
    doc.t(R.choice(["## Request fields\n", "### Contact form help\n", "README.md\n\n## Configuration\n",
                    "API reference: POST /v2/customers\n", "Form hints (signup page)\n"]))
    fmts = [f.replace("api.%s", "api.example.net") for f in DOC_MAIL]
    for _ in range(R.randint(1, 2)):
        pair(doc, fmts, "mail")
        pair(doc, DOC_PHONE, "phone")
    if R.random() < 0.5:
        doc.t("Ticket raised by ").s("PERSON", person()).t(".\n")


def c_fixtures(doc):
    doc.t(R.choice(["tests/fixtures/users.json:\n", "conftest.py seeds:\n", "seed.sql\n", "fixtures.yaml\n",
                    "users.csv\n"]))
    for _ in range(R.randint(1, 2)):
        n = R.randint(1, 99)
        pair(doc, [f % n if "%d" in f else f % () for f in FIX_MAIL], "mail")
        pair(doc, [f % (n + 1) if "%d" in f else f % () for f in FIX_PHONE], "phone")
    doc.t(R.choice(["The test with the second row fails.\n", "Why does the seed fail on import?\n", ""]))


def header_addr(doc, label, real):
    doc.t(label + ": ")
    if real:
        name = person()
        if R.random() < 0.6:
            q = R.choice(['"', ""])
            doc.t(q).s("PERSON", name).t(q + " <").s("EMAIL_ADDRESS", real_mail(name)).t(">\n")
        else:
            doc.s("EMAIL_ADDRESS", real_mail(name)).t("\n")
    else:
        doc.t(R.choice(["", "Example User <", "Jane Doe <"]))
        v = doc_mail()
        doc.s("NEG_EXAMPLE", v).t(">\n" if doc.text.endswith("<" + v) else "\n")


def c_mail(doc):
    doc.t("Received: from mail-%s.google.com by mx.%s with ESMTPS id %s\n" % (
        d(3), R.choice(["posteo.de", "outlook.com", "web.de"]), "".join(R.choice("abcdef0123456789") for _ in range(12))))
    test = R.random() < 0.5  # a test message (reserved addresses) or a real one
    header_addr(doc, "From", not test)
    header_addr(doc, "To", not test)
    header_addr(doc, "Reply-To", test)  # the other kind, so both sit in headers
    doc.t("Subject: Re: invoice %s\nDate: Tue, 3 Mar 2026 09:%02d:12 +0100\n" % (d(5), R.randint(0, 59)))
    doc.t("Message-ID: <").s("NEG_ID", msgid()).t(">\n")
    if R.random() < 0.7:
        doc.t("In-Reply-To: <").s("NEG_ID", msgid()).t(">\n")
    if R.random() < 0.5:
        doc.t("References: <").s("NEG_ID", msgid()).t("> <").s("NEG_ID", msgid()).t(">\n")
    b = boundary()
    doc.t("MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"").s("NEG_ID", b).t("\"\n\n--")
    doc.s("NEG_ID", b).t("\nContent-Type: text/plain; charset=UTF-8\n\nHi,\n\n")
    doc.t(R.choice(["please call me back on ", "my direct line is ", "you can reach me at "]))
    doc.s("PHONE_NUMBER", real_phone()).t(R.choice([".\n", " after 3pm.\n"]))
    doc.t(R.choice(["(the number in the template, ", "(not the demo line "]))
    doc.s("NEG_EXAMPLE", fiction_phone()).t(", is a placeholder)\n\n--\n")
    doc.t("\n--").s("NEG_ID", b).t("--\n")


FAMILIES = [("docs", c_docs, 60), ("fixtures", c_fixtures, 60), ("mail", c_mail, 60)]
ASKS = ["Can you check this for mistakes?", "Rewrite this more clearly.",
        "What is wrong with this?", "Summarise this for the team."]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    i = 0
    for cls, fn, count in FAMILIES:
        for _ in range(count):
            doc = P()
            fn(doc)
            ascii_ = i % 3 == 0
            api = apis[i % 4]
            body, spans = ask_body(api, R.choice(ASKS), doc.text, doc.spans, ascii_, i % 2 == 1)
            append_body(records, body, spans, {"locale": "en", "class": cls, "api": api,
                                               "ascii": ascii_})
            i += 1
    write_json(records)


if __name__ == "__main__":
    main()
