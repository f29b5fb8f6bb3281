#!/usr/bin/env python3
"""gen_phone48.py: phones and the numbers agents and tools print that are not phones, plain and
inside API request bodies, written from the brief of branch phone48 (PHONE false findings in
request bodies) before any phone rule was read or hush was run on it. A tune set.

260 documents, each written twice: plain (metadata.wrap "plain") and as a whole request body in
one of nine shapes (metadata.wrap, also metadata.class): an OpenAI chat tool message after a tool
call (`chat_tool`), an Anthropic tool_result string (`anth_str`) or text blocks split at line
breaks (`anth_blocks`), a tool call's `arguments` holding the document inside a JSON field
(`tool_args`, escaped twice) or, for a JSON document, being it (escaped once), a Gemini user part
(`gemini_text`) or functionResponse (`gemini_fr`, a JSON document as native JSON, text as a
string field), a Responses `function_call_output` (`resp_fco`) or `input_text` (`resp_input`),
and a user message that pastes the document after a request (`user_paste`). Half the bodies
escape non-ASCII as \\uXXXX, a third are compact. metadata.form names the kind of document.

Gold PHONE_NUMBER: phones of 21 numbering plans (DE, AT, CH, FR, BE, NL, ES, IT, PT, PL, SE, DK,
NO, GB, IE, US/CA, AU, IN, BR, MX, JP) as people write them: national with the trunk 0,
international with and without `+`, `00`, `+49 (0)`, spaces, dots, dashes, slashes, brackets,
U+00A0 and U+202F, extensions (the extension word and its digits outside the span), `tel:` links
(the `tel:` outside), vanity letters (`1-800-FLOWERS`), several numbers in a list or one table
cell, E.164 digits under a phone key (`"msisdn": "4915112345678"`).

Beside them as NEG_ spans, the numbers that are not phones: order (`302-4455667-1234567`),
invoice, ticket, case, booking, customer and tracking numbers (NEG_ORDER, NEG_INVOICE, NEG_TICKET,
NEG_CASE, NEG_BOOKING, NEG_ID, NEG_TRACKING), IBAN fragments, account numbers and sort codes
(NEG_IBANPART, NEG_ACCOUNT), dates and timestamps (epoch seconds and milliseconds,
`20240304T101500`, `2024-03-04 10:15:00`; NEG_DATE, NEG_TIMESTAMP), durations (NEG_DURATION),
build and version numbers (NEG_VERSION), IP-like and MAC-like strings (NEG_IPLIKE, NEG_MAC),
coordinates (NEG_COORD), ISBNs and EANs (NEG_ISBN, NEG_EAN), serial numbers and SKUs (NEG_SERIAL,
NEG_SKU), prices and quantities (NEG_NUMBER), ids in JSON arrays (NEG_ID), line numbers in stack
traces (NEG_LINE), hashes with digits (NEG_HASH), port lists (NEG_PORT). Street addresses with a
postcode and house number are STREET_ADDRESS gold (a PHONE finding on them is a false one).

Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bodies  # noqa: E402
from gen_common import check_spans, digit_draws, write_json  # noqa: E402
from gen_bodies import MARK, dumps, place_all  # noqa: E402

rng = random.Random(20261206 + 48)
records = []
pick, dg, nz = digit_draws(rng)


def sg(sub):
    """A subscriber number grouped as its length is written: 6, 7 or 8 digits."""
    return grp(sub, {6: (3, 3), 7: (3, 2, 2), 8: (3, 3, 2)}.get(len(sub), (4, 4)))


def grp(digits, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


class P(gen_bodies.P):
    """A piece (gen_bodies.P) with the shorthands of this corpus."""

    def ph(self, v):
        return self.s("PHONE_NUMBER", v)

    def neg(self, label, v):
        return self.s("NEG_" + label, v)


# ---- phones ------------------------------------------------------------------------------------
# Each returns (as written, E.164 digits without '+').
def f_de():
    area, sub = pick(("30", nz(8)), ("89", nz(7)), ("40", nz(8)), ("221", nz(7)), ("711", nz(7)),
                     ("151", nz(8)), ("160", nz(7)), ("176", nz(8)), ("172", nz(7)))
    e = "49" + area + sub
    k = rng.random()
    if k < 0.2:
        return "0%s %s" % (area, sub), e
    if k < 0.35:
        return "0%s/%s" % (area, sub), e
    if k < 0.45:
        return "(0%s) %s" % (area, sg(sub)), e
    if k < 0.6:
        return "+49 %s %s" % (area, grp(sub, (4, 4))), e
    if k < 0.7:
        return "+49 (0)%s %s" % (area, sub), e
    if k < 0.8:
        return "0049 %s %s" % (area, sub), e
    if k < 0.9:
        return "0%s-%s" % (area, sub), e
    return "+49%s%s" % (area, sub), e


def f_at():
    area, sub = pick(("1", nz(7)), ("316", nz(6)), ("512", nz(6)), ("664", nz(7)), ("676", nz(7)),
                     ("699", nz(8)))
    e = "43" + area + sub
    return pick("0%s %s" % (area, sub), "+43 %s %s" % (area, sg(sub)),
                "0%s/%s" % (area, sub), "+43 (0)%s %s" % (area, sub)), e


def f_ch():
    area, sub = pick(("44", nz(7)), ("31", nz(7)), ("22", nz(7)), ("79", nz(7)), ("78", nz(7)),
                     ("76", nz(7)), ("61", nz(7)))
    e = "41" + area + sub
    g = grp(sub, (3, 2, 2))
    return pick("0%s %s" % (area, g), "+41 %s %s" % (area, g), "+41 (0)%s %s" % (area, g),
                "0041 %s %s" % (area, g)), e


def f_fr():
    d = pick("1", "2", "3", "4", "5", "6", "7", "9") + nz(8)
    e = "33" + d
    pairs = grp(d[1:], (2, 2, 2, 2))
    return pick("0%s %s" % (d[0], pairs), "0%s.%s" % (d[0], pairs.replace(" ", ".")),
                "+33 %s %s" % (d[0], pairs), "+33 (0)%s %s" % (d[0], pairs),
                "0%s%s" % (d[0], d[1:]), "0%s-%s" % (d[0], pairs.replace(" ", "-"))), e


def f_be():
    area, sub, g = pick(("2", nz(7), (3, 2, 2)), ("3", nz(7), (3, 2, 2)), ("9", nz(7), (3, 2, 2)),
                        ("470", nz(6), (2, 2, 2)), ("475", nz(6), (2, 2, 2)),
                        ("496", nz(6), (2, 2, 2)))
    e = "32" + area + sub
    return pick("0%s %s" % (area, grp(sub, g)), "+32 %s %s" % (area, grp(sub, g)),
                "0%s/%s" % (area, grp(sub, g, ".")), "+32 (0)%s %s" % (area, grp(sub, g))), e


def f_nl():
    area, sub = pick(("20", nz(7)), ("10", nz(7)), ("30", nz(7)), ("6", nz(8)), ("6", nz(8)))
    e = "31" + area + sub
    return pick("0%s-%s" % (area, sub), "0%s %s" % (area, grp(sub, (3, 4)) if area != "6" else
                                                   grp(sub, (2, 2, 2, 2))),
                "+31 %s %s" % (area, sub), "+31 (0)%s %s" % (area, sub), "0031 %s %s" % (area, sub)
                ), e


def f_es():
    d = pick("91" + nz(7), "93" + nz(7), "6" + nz(8), "7" + nz(8), "96" + nz(7))
    e = "34" + d
    return pick(grp(d, (3, 3, 3)), grp(d, (3, 2, 2, 2)), "+34 " + grp(d, (3, 3, 3)),
                "+34 " + grp(d, (2, 3, 2, 2)) if d[0] == "9" else "+34 " + d,
                "(+34) " + grp(d, (3, 3, 3))), e


def f_it():
    d = pick("06" + nz(8), "02" + nz(7), "347" + nz(7), "333" + nz(7), "055" + nz(6))
    e = "39" + d
    if d[0] == "0":
        a = d[:2] if d[1] in "26" else d[:3]
        return pick("%s %s" % (a, d[len(a):]), "+39 %s %s" % (a, grp(d[len(a):], (4, 4))),
                    "%s/%s" % (a, d[len(a):]), "0039 %s %s" % (a, d[len(a):])), e
    return pick("%s %s" % (d[:3], grp(d[3:], (3, 4))), "+39 %s %s" % (d[:3], d[3:]),
                "+39 %s.%s" % (d[:3], d[3:]), "%s-%s" % (d[:3], d[3:])), e


def f_pt():
    d = pick("21" + nz(7), "22" + nz(7), "91" + nz(7), "93" + nz(7), "96" + nz(7))
    e = "351" + d
    return pick(grp(d, (3, 3, 3)), "+351 " + grp(d, (3, 3, 3)), "(+351) " + d,
                grp(d, (2, 3, 4))), e


def f_pl():
    d = pick("22" + nz(7), "12" + nz(7), "601" + nz(6), "512" + nz(6), "784" + nz(6))
    e = "48" + d
    if d[:2] in ("22", "12"):
        return pick("%s %s" % (d[:2], grp(d[2:], (3, 2, 2))), "+48 %s %s" % (d[:2], d[2:]),
                    "(%s) %s" % (d[:2], grp(d[2:], (3, 2, 2)))), e
    return pick(grp(d, (3, 3, 3)), "+48 " + grp(d, (3, 3, 3)), "+48 " + grp(d, (3, 3, 3), "-"),
                "0048 " + d), e


def f_se():
    area, sub = pick(("8", nz(7)), ("8", nz(8)), ("31", nz(7)), ("70", nz(7)), ("73", nz(7)))
    e = "46" + area + sub
    if len(area) == 2 and area[0] == "7":
        return pick("0%s-%s" % (area, grp(sub, (3, 2, 2))), "+46 %s %s" % (area, grp(sub, (3, 2, 2))),
                    "0%s %s" % (area, grp(sub, (3, 2, 2)))), e
    return pick("0%s-%s" % (area, sg(sub)), "+46 %s %s" % (area, sub), "0%s %s" % (area, sg(sub))), e


def f_dk():
    d = pick(nz(8), "2" + dg(7), "3" + dg(7))
    e = "45" + d
    return pick(grp(d, (2, 2, 2, 2)), "+45 " + grp(d, (2, 2, 2, 2)), "+45 " + d,
                "0045 " + grp(d, (4, 4))), e


def f_no():
    d = pick("9" + dg(7), "4" + dg(7), "22" + dg(6))
    e = "47" + d
    if d[0] in "49":
        return pick(grp(d, (3, 2, 3)), "+47 " + grp(d, (3, 2, 3)), "+47 " + d), e
    return pick(grp(d, (2, 2, 2, 2)), "+47 " + grp(d, (2, 2, 2, 2))), e


def f_gb():
    area, sub = pick(("20", "7946" + dg(4)), ("161", "496" + dg(4)), ("7700", "900" + dg(3)),
                     ("113", "496" + dg(4)), ("7911", nz(6)), ("1632", "960" + dg(3)))
    e = "44" + area + sub
    if area == "20":
        return pick("020 %s %s" % (sub[:4], sub[4:]), "+44 20 %s %s" % (sub[:4], sub[4:]),
                    "(020) %s %s" % (sub[:4], sub[4:]), "+44 (0)20 %s %s" % (sub[:4], sub[4:])), e
    if area in ("7700", "7911"):
        return pick("0%s %s" % (area, sub), "+44 %s %s" % (area, sub), "+44 (0)%s %s" % (area, sub),
                    "0%s%s" % (area, sub), "0%s-%s" % (area, sub)), e
    return pick("0%s %s %s" % (area, sub[:3], sub[3:]), "+44 %s %s %s" % (area, sub[:3], sub[3:]),
                "(0%s) %s %s" % (area, sub[:3], sub[3:])), e


def f_ie():
    area, sub = pick(("1", nz(7)), ("87", nz(7)), ("85", nz(7)), ("21", nz(7)), ("86", nz(7)))
    e = "353" + area + sub
    return pick("0%s %s %s" % (area, sub[:3], sub[3:]), "+353 %s %s %s" % (area, sub[:3], sub[3:]),
                "(0%s) %s" % (area, sub), "+353 (0)%s %s" % (area, sub)), e


def f_us():
    area = pick("415", "212", "646", "312", "617", "206", "512", "303", "416", "604", "202")
    ex = pick("555", "555", "867", "238", "419")
    line = pick("01" + dg(2), dg(4, "23456789"))
    e = "1" + area + ex + line
    return pick("(%s) %s-%s" % (area, ex, line), "%s-%s-%s" % (area, ex, line),
                "%s.%s.%s" % (area, ex, line), "+1 %s %s %s" % (area, ex, line),
                "+1 (%s) %s-%s" % (area, ex, line), "1-%s-%s-%s" % (area, ex, line),
                "+1-%s-%s-%s" % (area, ex, line), "%s %s %s" % (area, ex, line)), e


def f_au():
    area, sub = pick(("2", nz(8)), ("3", nz(8)), ("7", nz(8)), ("4", nz(8)))
    e = "61" + area + sub
    if area == "4":
        return pick("04%s %s %s" % (sub[:2], sub[2:5], sub[5:]),
                    "+61 4%s %s %s" % (sub[:2], sub[2:5], sub[5:])), e
    return pick("(0%s) %s %s" % (area, sub[:4], sub[4:]), "0%s %s %s" % (area, sub[:4], sub[4:]),
                "+61 %s %s %s" % (area, sub[:4], sub[4:])), e


def f_in():
    d = pick("9", "8", "7") + dg(9)
    e = "91" + d
    return pick("+91 %s %s" % (d[:5], d[5:]), "+91-%s" % d, "0%s %s" % (d[:5], d[5:]),
                "%s %s" % (d[:5], d[5:])), e


def f_br():
    area = pick("11", "21", "31", "41", "51", "61")
    sub = pick("9" + dg(8), nz(8).replace("9", "3", 1))
    e = "55" + area + sub
    s = "%s-%s" % (sub[:-4], sub[-4:])
    return pick("(%s) %s" % (area, s), "+55 %s %s" % (area, s), "+55 (%s) %s" % (area, s),
                "0%s %s" % (area, s)), e


def f_mx():
    area = pick("55", "33", "81")
    sub = nz(8)
    e = "52" + area + sub
    return pick("%s %s %s" % (area, sub[:4], sub[4:]), "+52 %s %s %s" % (area, sub[:4], sub[4:]),
                "+52 1 %s %s %s" % (area, sub[:4], sub[4:]), "(%s) %s-%s" % (area, sub[:4], sub[4:])), e


def f_jp():
    area, sub = pick(("3", nz(8)), ("6", nz(8)), ("90", nz(8)), ("80", nz(8)), ("45", nz(7)))
    e = "81" + area + sub
    s = "%s-%s" % (sub[:-4], sub[-4:])
    return pick("0%s-%s" % (area, s), "+81 %s-%s" % (area, s), "+81-%s-%s" % (area, s),
                "(0%s) %s" % (area, s)), e


PHONE = {"de": f_de, "at": f_at, "ch": f_ch, "fr": f_fr, "be": f_be, "nl": f_nl, "es": f_es,
         "it": f_it, "pt": f_pt, "pl": f_pl, "se": f_se, "dk": f_dk, "no": f_no, "gb": f_gb,
         "ie": f_ie, "us": f_us, "au": f_au, "in": f_in, "br": f_br, "mx": f_mx, "jp": f_jp}
COUNTRIES = list(PHONE)
LANG = {"de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "nl": "nl", "es": "es",
        "it": "it", "pt": "pt", "pl": "pl", "se": "sv", "dk": "da", "no": "no", "gb": "en",
        "ie": "en", "us": "en", "au": "en", "in": "en", "br": "pt", "mx": "es", "jp": "en"}
LABEL = {"de": ["Tel.", "Telefon:", "Mobil:", "Handy:", "Tel.:"], "fr": ["Tél. :", "Tél.", "Portable :"],
         "nl": ["Tel.", "Telefoon:", "Mobiel:"], "es": ["Tel.", "Teléfono:", "Móvil:"],
         "it": ["Tel.", "Cell.", "Telefono:"], "pt": ["Tel.", "Telemóvel:", "Telefone:"],
         "pl": ["Tel.", "Tel. kom.:", "Telefon:"], "sv": ["Tel:", "Mobil:", "Tfn:"],
         "da": ["Tlf.", "Mobil:", "Telefon:"], "no": ["Tlf:", "Mobil:", "Telefon:"],
         "en": ["Phone:", "Tel:", "Mobile:", "Cell:", "Ph:", "M:", "T:"]}
EXT = {"de": [" Durchwahl {X}", " App. {X}"], "fr": [" poste {X}"], "en": [" ext. {X}", " x{X}",
       " ext {X}"], "nl": [" toestel {X}"], "es": [" ext. {X}"], "it": [" int. {X}"],
       "pt": [" ext. {X}"], "pl": [" wew. {X}"], "sv": [" anknytning {X}"], "da": [" lokal {X}"],
       "no": [" linje {X}"]}


def breaks(text):
    k = rng.random()
    if k < 0.08 and " " in text:
        return text.replace(" ", "\u00a0")
    if k < 0.12 and " " in text:
        return text.replace(" ", "\u202f")
    return text


def phone(cc):
    text, e = PHONE[cc]()
    return breaks(text), e


def put(p, cc, label=True, ext=None, how=None):
    """One phone of cc after its label (or none), maybe with an extension or as a link."""
    text, e = phone(cc)
    if label is True:
        label = pick(*LABEL[LANG[cc]])
    if label:
        p.t(label + " ")
    if how == "tel":
        p.t("tel:").ph("+" + e)
    elif how == "md":
        p.t("[").ph(text).t("](tel:").ph("+" + e).t(")")
    elif how == "href":
        p.t('<a href="tel:').ph("+" + e).t('">').ph(text).t("</a>")
    else:
        p.ph(text)
        if ext or (ext is None and rng.random() < 0.12):
            p.t(pick(*EXT[LANG[cc]]).replace("{X}", dg(pick(2, 3, 4), "123456789")))
    return p


def vanity():
    return pick("1-800-FLOWERS", "1-800-GO-FEDEX", "1 (800) 356-9377", "(888) 555-HELP",
                "1-866-SKY-DESK", "1-877-CALL-NOW")


# ---- numbers that are not phones ---------------------------------------------------------------
def n_order():
    return pick("%s-%s-%s" % (dg(3, "1234"), dg(7), dg(7)), "#" + nz(6), nz(10), "ORD-" + nz(8),
                "SO" + nz(7), "%s-%s" % (nz(4), nz(6)), "10" + dg(8))


def n_invoice():
    return pick("2024-%06d" % rng.randint(1, 999999), "RE-%s-%s" % (pick("2023", "2024"), nz(5)),
                "INV-%s" % nz(7), "F%s/%s" % (pick("2024", "2025"), nz(6)), nz(9))


def n_ticket():
    return pick("INC%07d" % rng.randint(1, 9999999), "#" + nz(5), "JIRA-" + nz(4),
                "REQ-%s-%s" % (nz(4), nz(3)), nz(8))


def n_case():
    return pick("%08d" % rng.randint(100000, 9999999), "CAS-%s-%s" % (nz(5), "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))), "Case %s" % nz(8),
        "%s-%s-%s" % (nz(2), nz(3), nz(4)))


def n_booking():
    return pick("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                nz(10), "%s %s %s" % (nz(3), nz(3), nz(4)), "HB-" + nz(9))


def n_tracking():
    return pick("1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
                            nz(10)), nz(12), "%s %s %s" % (nz(4), nz(4), nz(4)),
                "JD%s" % dg(18), nz(20), "%s%sDE" % (pick("RR", "LX", "CP"), nz(9)),
                "00%s" % dg(18), "9400 %s %s %s %s %s" % (nz(4), nz(4), nz(4), nz(4), nz(2)))


def n_ibanpart():
    return pick("3704 0044 0532 0130 00", "0532 0130 00", "DE89 3704", "%s %s %s" % (
        nz(4), nz(4), nz(4)), "0044 0532 013", "%s %s %s %s" % (nz(4), dg(4), dg(4), dg(2)))


def n_account():
    return pick("%s-%s-%s" % (dg(2), dg(2), dg(2)), nz(8), "%s %s" % (nz(4), nz(4)),
                "%s/%s" % (nz(10), pick("1100", "0100", "2010")), nz(10))


def n_date():
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return pick("%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y),
                "%04d%02d%02d" % (y, m, d), "%d/%d/%02d" % (m, d, y % 100))


def n_timestamp():
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    ep = rng.randint(1546300800, 1767225600)
    return pick(str(ep), str(ep * 1000 + rng.randint(0, 999)),
                "%04d%02d%02dT%02d%02d%02d" % (y, m, d, h, mi, s),
                "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, h, mi, s),
                "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, h, mi, s, rng.randint(0, 999)),
                "%04d%02d%02d%02d%02d%02d" % (y, m, d, h, mi, s),
                "%02d/%02d/%04d %02d:%02d" % (d, m, y, h, mi))


def n_duration():
    return pick("%02d:%02d:%02d" % (rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 59)),
                "%d:%02d:%02d.%03d" % (rng.randint(0, 3), rng.randint(0, 59), rng.randint(0, 59),
                                       rng.randint(0, 999)),
                "PT%dH%dM" % (rng.randint(1, 9), rng.randint(1, 59)), "%d ms" % rng.randint(100, 99999),
                "%d s" % rng.randint(1000, 999999), "%dh %02dm" % (rng.randint(1, 30), rng.randint(0, 59)))


def n_version():
    return pick("4.18.2-1", "10.0.19045.3803", "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 40),
                                                           rng.randint(0, 300)),
                "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(1000, 29999),
                                 rng.randint(1, 9999)),
                "build %d" % rng.randint(10000, 9999999), "6.1.0-%d-amd64" % rng.randint(10, 40),
                "2.%d.%d-%d.el9" % (rng.randint(0, 40), rng.randint(0, 9), rng.randint(1, 300)),
                "1:%d.%d.%d-%dubuntu%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9),
                                          rng.randint(1, 9), rng.randint(1, 5)))


def n_iplike():
    return pick("%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(256, 999),
                                 rng.randint(0, 99)),
                "1.3.6.1.4.1.%d.%d" % (rng.randint(1000, 60000), rng.randint(1, 99)),
                "%d.%d.%d.%d" % (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                 rng.randint(1, 9999)))


def n_mac():
    h = ["%02X" % rng.randint(0, 255) for _ in range(6)]
    return pick(":".join(h), "-".join(h), ":".join(h).lower(),
                "%s%s.%s%s.%s%s" % tuple(x.lower() for x in h))


def n_coord():
    la, lo = rng.uniform(-60, 70), rng.uniform(-120, 150)
    return pick("%.6f, %.6f" % (la, lo), "%.5f,%.5f" % (la, lo), "%.4f %.4f" % (la, lo))


def isbn13():
    d = "978" + dg(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    d += str((10 - s % 10) % 10)
    return d


def n_isbn():
    d = isbn13()
    return pick(d, "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:6], d[6:12], d[12]),
                "%s-%s-%s-%s-%s" % (d[:3], d[3:5], d[5:8], d[8:12], d[12]))


def n_ean():
    d = pick("400", "500", "800", "590", "871", "760", "841") + dg(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def n_serial():
    return pick("SN%s" % nz(10), "%s-%s-%s" % (nz(4), nz(5), nz(2)), "S/N %s %s %s" % (nz(3), nz(3), nz(4)),
                "C02%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                nz(12))


def n_sku():
    return pick("%s-%s-%s" % (nz(3), nz(4), nz(2)), "SKU-%s" % nz(6), "%s.%s.%s" % (nz(3), nz(3), nz(2)),
                "%s %s" % (nz(5), nz(3)), "ART-%s" % nz(7))


def n_price():
    return pick("%d,%02d €" % (rng.randint(1, 999), rng.randint(0, 99)),
                "$%d.%02d" % (rng.randint(1, 9999), rng.randint(0, 99)),
                "%d.%03d,%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99)),
                "%d %03d,%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99)),
                "%d,%03d.%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99)))


def n_hash():
    return pick("".join(rng.choice("0123456789abcdef") for _ in range(40)),
                "".join(rng.choice("0123456789abcdef") for _ in range(7)),
                "sha256:" + "".join(rng.choice("0123456789abcdef") for _ in range(64)),
                "".join(rng.choice("0123456789") for _ in range(12)) + "".join(
                    rng.choice("abcdef") for _ in range(4)))


def n_ports():
    ps = rng.sample([22, 80, 443, 3000, 3306, 5432, 6379, 8080, 8443, 9090, 9200, 27017, 5672,
                     15672, 2379, 2380, 6443, 10250], rng.randint(3, 6))
    return pick(", ".join(map(str, ps)), " ".join(map(str, ps)), ",".join(map(str, ps)))


def id13():
    """A 12-14 digit id that starts like a country code (the shape of an E.164 number)."""
    return pick("49", "44", "33", "39", "31", "34", "1", "91") + dg(rng.randint(10, 12))


# ---- documents ---------------------------------------------------------------------------------
STREET = {"de": [("Lindenstraße %d", "%s Berlin", "10%03d"), ("Hauptstr. %d", "%s München", "80%03d")],
          "fr": [("%d rue des Lilas", "%s Paris", "750%02d")], "nl": [("Kerkstraat %d", "%s Utrecht", "35%02d AB")],
          "en": [("%d Mill Lane", "Leeds LS%s", "%d 4AB")], "es": [("Calle Mayor %d", "%s Madrid", "280%02d")],
          "it": [("Via Roma %d", "%s Milano", "201%02d")], "pt": [("Rua do Sol %d", "%s Lisboa", "1100-%03d")],
          "pl": [("ul. Lipowa %d", "%s Kraków", "30-%03d")], "sv": [("Storgatan %d", "%s Stockholm", "114 %02d")],
          "da": [("Nørregade %d", "%s København K", "1%03d")], "no": [("Storgata %d", "%s Oslo", "01%02d")]}


def address(lg):
    st, town, pc = rng.choice(STREET[lg])
    code = pc % rng.randint(1, 99 if "%02d" in pc or "%d " in pc else 999)
    if lg == "en":
        return "%s, Leeds LS%d %dAB" % (st % rng.randint(1, 240), rng.randint(1, 28), rng.randint(1, 9))
    return "%s, %s" % (st % rng.randint(1, 240), town % code)


PEOPLE = ["Maria Keller", "Jonas Weber", "Sophie Martin", "Luca Rossi", "Emma de Vries",
          "Oliver Hughes", "Ana Sousa", "Piotr Nowak", "Ingrid Lund", "Mads Jensen",
          "Sean Byrne", "Chloe Brooks", "Priya Sharma", "Lucas Silva", "Diego Ramírez", "Kenji Sato"]


def cc_any():
    return rng.choice(COUNTRIES)


def doc_support_chat(i):
    cc = cc_any()
    p = P()
    p.t(pick("hi, ", "Hello, ", "hey - ", "Hi there. "))
    p.t("my order ").neg("ORDER", n_order()).t(pick(" still hasn't arrived", " is stuck",
                                                    " never showed up"))
    p.t(". tracking says ").neg("TRACKING", n_tracking()).t(" was last scanned ")
    p.neg("TIMESTAMP", n_timestamp()).t(".\n")
    p.t(pick("The invoice ", "Invoice ")).neg("INVOICE", n_invoice()).t(" shows ")
    p.neg("NUMBER", n_price()).t(" for ").neg("NUMBER", str(rng.randint(2, 48))).t(" items.\n")
    p.t(pick("you can call me on ", "Please ring me at ", "reach me at ", "my number is "))
    put(p, cc, label=False, ext=False).t(pick(" after 5pm", "", " any time", " (mobile)"))
    if rng.random() < 0.5:
        p.t(pick(" or the office on ", ", or work: "))
        put(p, cc, label=False)
    p.t(pick(". thanks", ".\nCheers", ". Ticket ref ") )
    if p.text.endswith("ref "):
        p.neg("TICKET", n_ticket())
    p.t("\n")
    return p, "support_chat", LANG[cc]


def doc_order_mail(i):
    cc = cc_any()
    lg = LANG[cc]
    p = P()
    p.t("Order confirmation\nOrder no.: ").neg("ORDER", n_order()).t("\nDate: ").neg("DATE", n_date())
    p.t("\nCustomer no.: ").neg("ID", nz(pick(7, 8, 10))).t("\n\n")
    p.t("| SKU | EAN | Qty | Price |\n|---|---|---|---|\n")
    for _ in range(rng.randint(2, 4)):
        p.t("| ").neg("SKU", n_sku()).t(" | ").neg("EAN", n_ean()).t(" | ")
        p.neg("NUMBER", str(rng.randint(1, 250))).t(" | ").neg("NUMBER", n_price()).t(" |\n")
    p.t("\nDeliver to: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
    if lg in STREET:
        p.s("STREET_ADDRESS", address(lg)).t("\n")
    else:
        p.t("see account\n")
    p.t("Contact phone: ")
    put(p, cc, label=False, ext=False).t("\nTracking: ").neg("TRACKING", n_tracking()).t("\n")
    return p, "order_mail", lg


def doc_contacts_table(i):
    p = P()
    sep = pick("md", "csv", "tsv")
    cols = ["id", pick("name", "contact"), pick("phone", "tel", "mobile"), pick("created", "created_at"),
            pick("orders", "account_no")]
    if sep == "md":
        p.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    else:
        p.t((", " if sep == "csv" else "\t").join(cols) + "\n")
    for _ in range(rng.randint(3, 5)):
        cc = cc_any()
        cells = [("NEG_ID", nz(pick(6, 9, 12, 13))), ("PERSON", rng.choice(PEOPLE)), ("PH", cc),
                 ("NEG_TIMESTAMP", n_timestamp()), ("NEG_ACCOUNT" if cols[4] == "account_no" else
                                                    "NEG_NUMBER", n_account() if cols[4] == "account_no"
                                                    else str(rng.randint(0, 300)))]
        p.t("| " if sep == "md" else "")
        for k, (lab, v) in enumerate(cells):
            if k:
                p.t(" | " if sep == "md" else (pick(",", ", ") if sep == "csv" else "\t"))
            if lab == "PH":
                text, e = phone(v)
                if sep == "csv" and ("," in text):
                    text = text.replace(",", "")
                if rng.random() < 0.2:
                    p.ph(text).t(" / ")
                    text, e = phone(v)
                p.ph(text)
            else:
                p.s(lab, v)
        p.t(" |\n" if sep == "md" else "\n")
    return p, "contacts_" + sep, "en"


def doc_log(i):
    p = P()
    for _ in range(rng.randint(3, 6)):
        cc = cc_any()
        p.neg("TIMESTAMP", n_timestamp()).t(pick(" INFO ", " WARN ", " DEBUG ", " [info] "))
        k = rng.random()
        if k < 0.35:
            text, e = phone(cc)
            p.t("sms.send to=").ph(pick("+" + e, e)).t(" msg_id=").neg("ID", nz(pick(10, 13, 16)))
            p.t(" took=").neg("DURATION", n_duration()).t("\n")
        elif k < 0.55:
            p.t("order.created id=").neg("ORDER", n_order()).t(" amount=").neg("NUMBER", n_price())
            p.t(" ts=").neg("TIMESTAMP", n_timestamp()).t("\n")
        elif k < 0.7:
            p.t("conn from ").neg("IPLIKE", n_iplike()).t(" ports=[").neg("PORT", n_ports()).t("]\n")
        elif k < 0.85:
            p.t("device ").neg("MAC", n_mac()).t(" fw=").neg("VERSION", n_version()).t(" sn=")
            p.neg("SERIAL", n_serial()).t("\n")
        else:
            p.t("callback requested phone=\"")
            put(p, cc, label=False, ext=False).t("\" ticket=").neg("TICKET", n_ticket()).t("\n")
    return p, "log", "en"


def doc_stack(i):
    cc = cc_any()
    p = P()
    lang = rng.random()
    if lang < 0.5:
        p.t("Traceback (most recent call last):\n")
        for f in ("app/main.py", "app/handlers/sms.py", "lib/python3.11/site-packages/requests/api.py"):
            p.t('  File "/srv/%s", line ' % f).neg("LINE", str(rng.randint(12, 4999))).t(", in handle\n")
        p.t("ValueError: could not deliver SMS to ")
        put(p, cc, label=False, ext=False).t(" (request ").neg("ID", nz(pick(10, 12))).t(")\n")
    else:
        p.t("Error: invalid phone ")
        put(p, cc, label=False, ext=False).t(" for account ").neg("ID", id13()).t("\n")
        for f in ("src/services/notify.ts", "node_modules/express/lib/router/layer.js", "src/index.ts"):
            p.t("    at handler (/app/%s:" % f).neg("LINE", "%d:%d" % (rng.randint(10, 2999), rng.randint(1, 80)))
            p.t(")\n")
    p.t("build ").neg("VERSION", n_version()).t(", commit ").neg("HASH", n_hash()).t("\n")
    return p, "stack_trace", "en"


def doc_booking(i):
    cc = cc_any()
    lg = LANG[cc]
    p = P()
    p.t(pick("Booking confirmation", "Your reservation", "Itinerary")).t("\nBooking ref: ")
    p.neg("BOOKING", n_booking()).t("\nConfirmation no. ").neg("BOOKING", nz(pick(9, 10, 12))).t("\n")
    p.t("Check-in: ").neg("TIMESTAMP", n_timestamp()).t("  Nights: ").neg("NUMBER", str(rng.randint(1, 14)))
    p.t("\nGuest: ").s("PERSON", rng.choice(PEOPLE)).t("\nGuest phone: ")
    put(p, cc, label=False, ext=False).t("\nHotel: ")
    if lg in STREET:
        p.s("STREET_ADDRESS", address(lg))
    else:
        p.t("Harbour View Hotel")
    p.t("\nFront desk: ")
    put(p, cc, label=False).t("\nLocation: ").neg("COORD", n_coord()).t("\nTotal: ").neg("NUMBER", n_price())
    p.t("\n")
    return p, "booking", lg


def doc_bank(i):
    cc = cc_any()
    lg = LANG[cc]
    p = P()
    p.t(pick("Transfer details", "Payment received", "Zahlungseingang", "Virement"))
    p.t("\nAccount: ").neg("IBANPART", n_ibanpart()).t("\nSort code: ").neg("ACCOUNT", n_account())
    p.t("  Account no.: ").neg("ACCOUNT", nz(8)).t("\nReference: ").neg("INVOICE", n_invoice())
    p.t("\nAmount: ").neg("NUMBER", n_price()).t("\nValue date: ").neg("DATE", n_date())
    p.t("\nPayer contact: ")
    put(p, cc, label=False, ext=False).t("\nTransaction id: ").neg("ID", nz(pick(12, 14, 16))).t("\n")
    return p, "bank", lg


def doc_inventory(i):
    p = P()
    p.t(pick("Asset register", "Device inventory", "Fleet export")).t("\n")
    for _ in range(rng.randint(2, 4)):
        cc = cc_any()
        p.t("- ").neg("SERIAL", n_serial()).t(" mac ").neg("MAC", n_mac()).t(" fw ").neg("VERSION", n_version())
        o = pick(" (", " tel ", ", ")
        p.t(" owner ").s("PERSON", rng.choice(PEOPLE)).t(o)
        put(p, cc, label=False, ext=False).t(")" if o == " (" else "").t("\n")
    return p, "inventory", "en"


def doc_products(i):
    cc = cc_any()
    p = P()
    p.t("Catalogue extract\n")
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.4:
            p.t("Book ISBN ").neg("ISBN", n_isbn())
        else:
            p.t("EAN ").neg("EAN", n_ean()).t(" SKU ").neg("SKU", n_sku())
        p.t(" price ").neg("NUMBER", n_price()).t(" stock ").neg("NUMBER", str(rng.randint(0, 9999))).t("\n")
    p.t("Vendor hotline: ")
    if rng.random() < 0.3 and cc == "us":
        p.ph(vanity())
    else:
        put(p, cc, label=False)
    p.t("\n")
    return p, "products", LANG[cc]


def doc_case(i):
    cc = cc_any()
    lg = LANG[cc]
    p = P()
    p.t(pick("Case ", "Support case ", "Ticket ")).neg("CASE", n_case()).t(" opened ")
    p.neg("TIMESTAMP", n_timestamp()).t("\nLinked incident: ").neg("TICKET", n_ticket())
    p.t("\nCaller: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
    put(p, cc, label=True, ext=(rng.random() < 0.4)).t("\n")
    p.t("Duration of call: ").neg("DURATION", n_duration()).t("\nCallback: ")
    put(p, cc, label=False, ext=False).t("\nSLA: ").neg("DURATION", n_duration()).t("\n")
    return p, "case", lg


def doc_json(i):
    """A JSON document an API returns (text: pretty or compact)."""
    cc = cc_any()
    obj = []  # (key, kind, value) in order
    obj.append(("id", "NEG_ID", id13()))
    obj.append(("order_id", "NEG_ORDER", n_order()))
    text, e = phone(cc)
    k = rng.random()
    if k < 0.4:
        obj.append(("phone", "PH", text))
    elif k < 0.7:
        obj.append((pick("msisdn", "phone_e164", "mobile"), "PH", pick(e, "+" + e)))
    else:
        obj.append(("contact", "OBJ", text))
    obj.append(("created_at", "NEG_TIMESTAMP", n_timestamp()))
    obj.append(("related_ids", "ARR", [id13() for _ in range(rng.randint(2, 4))]))
    obj.append(("tracking", "NEG_TRACKING", n_tracking()))
    if rng.random() < 0.5:
        obj.append(("version", "NEG_VERSION", n_version()))
    if rng.random() < 0.5:
        obj.append(("location", "COORD", None))
    pretty = rng.random() < 0.6
    p = P()
    nl, ind, sp = ("\n", "  ", " ") if pretty else ("", "", "")
    p.t("{" + nl)
    for n, (key, kind, v) in enumerate(obj):
        p.t(ind + '"%s":%s' % (key, sp))
        if kind == "PH":
            p.t('"').ph(v).t('"')
        elif kind == "OBJ":
            p.t('{"type":%s"work",%s"number":%s"' % (sp, sp, sp)).ph(v).t('"}')
        elif kind == "ARR":
            p.t("[")
            for m, x in enumerate(v):
                if m:
                    p.t("," + sp)
                p.neg("ID", x)
            p.t("]")
        elif kind == "COORD":
            la, lo = rng.uniform(-60, 70), rng.uniform(-120, 150)
            p.t("{\"lat\":%s" % sp).neg("COORD", "%.6f" % la).t(",%s\"lng\":%s" % (sp, sp))
            p.neg("COORD", "%.6f" % lo).t("}")
        elif kind in ("NEG_ID",) and rng.random() < 0.5:
            p.s(kind, v)
        else:
            p.t('"').s(kind, v).t('"')
        p.t(("," if n < len(obj) - 1 else "") + nl)
    p.t("}")
    return p, "json", "en"


def doc_ids_array(i):
    """Ids in JSON arrays and a phone list beside them."""
    p = P()
    p.t(pick("Please merge these customer records: ", "Delete these accounts: ", "ids to export: "))
    p.t("[")
    for m in range(rng.randint(3, 6)):
        if m:
            p.t(pick(", ", ","))
        p.neg("ID", id13())
    p.t("]\n")
    p.t(pick("and notify these numbers: ", "Phones on file: ", "their phones: "))
    for m in range(rng.randint(2, 3)):
        if m:
            p.t(pick(", ", "; ", " / "))
        put(p, cc_any(), label=False, ext=False)
    p.t("\n")
    return p, "ids_array", "en"


def doc_devops(i):
    cc = cc_any()
    p = P()
    p.t(pick("Deploy notes", "Runbook", "Change request")).t(" ").neg("TICKET", n_ticket()).t("\n")
    p.t("image: registry.example.com/api@").neg("HASH", n_hash()).t("\nversion: ").neg("VERSION", n_version())
    p.t("\nexposed ports: ").neg("PORT", n_ports()).t("\nhealth timeout: ").neg("DURATION", n_duration())
    p.t("\nwindow: ").neg("TIMESTAMP", n_timestamp()).t(" to ").neg("TIMESTAMP", n_timestamp())
    p.t("\non-call: ").s("PERSON", rng.choice(PEOPLE)).t(" ")
    put(p, cc, label=False, ext=False).t("\nescalation: ")
    put(p, cc_any(), label=False, ext=False).t("\n")
    return p, "devops", "en"


def doc_signature(i):
    cc = cc_any()
    lg = LANG[cc]
    p = P()
    p.t(pick("Best regards", "Kind regards", "Mit freundlichen Grüßen", "Cordialement", "Saludos"))
    p.t(",\n").s("PERSON", rng.choice(PEOPLE)).t("\n")
    if lg in STREET:
        p.s("STREET_ADDRESS", address(lg)).t("\n")
    k = rng.random()
    if k < 0.3:
        put(p, cc, how="href").t("\n")
    elif k < 0.5:
        p.t(pick("Call: ", "Phone: "))
        put(p, cc, label=False, how=pick("tel", "md")).t("\n")
    else:
        put(p, cc, label=True).t(pick(" | ", "\n"))
        put(p, cc, label=True).t("\n")
    p.t("VAT ").neg("ID", pick("DE", "FR", "NL", "IT") + nz(9)).t(" | Reg. no. ").neg("ID", nz(8)).t("\n")
    return p, "signature", lg


def doc_timesheet(i):
    p = P()
    p.t("Week ").neg("NUMBER", str(rng.randint(1, 52))).t(" timesheet\n")
    for _ in range(rng.randint(3, 5)):
        p.neg("DATE", n_date()).t("  ").neg("DURATION", n_duration()).t("  project ")
        p.neg("ID", "%s-%s" % (nz(3), nz(3))).t("\n")
    cc = cc_any()
    p.t("Questions? ").s("PERSON", rng.choice(PEOPLE)).t(", ")
    put(p, cc, label=True).t("\n")
    return p, "timesheet", "en"


def doc_phone_list(i):
    cc = cc_any()
    lg = LANG[cc]
    p = P()
    p.t(pick("Emergency contacts", "Numbers for the team", "Kontakte", "Contacts utiles")).t(":\n")
    for _ in range(rng.randint(3, 5)):
        c2 = rng.choice([cc, cc, cc_any()])
        p.t(pick("- ", "* ", "• ")).s("PERSON", rng.choice(PEOPLE)).t(pick(": ", " – ", "  "))
        if rng.random() < 0.25:
            put(p, c2, label=False, ext=False).t(pick(" or ", ", ", " / "))
        put(p, c2, label=False).t("\n")
    p.t("(list as of ").neg("DATE", n_date()).t(", room ").neg("NUMBER", str(rng.randint(100, 999))).t(")\n")
    return p, "phone_list", lg


def doc_geo(i):
    cc = cc_any()
    p = P()
    p.t("Store locator result\n")
    for _ in range(rng.randint(2, 3)):
        p.t("Store ").neg("ID", nz(pick(4, 5))).t(" at ").neg("COORD", n_coord()).t(", opens ")
        p.neg("TIMESTAMP", n_timestamp()).t(", phone ")
        put(p, cc, label=False, ext=False).t("\n")
    return p, "geo", LANG[cc]


def doc_prose_numbers(i):
    """Numbers in a user's prose, no phone at all or one phone."""
    p = P()
    p.t(pick("I was charged twice: ", "Can you reconcile ", "Why do these not match? "))
    p.neg("INVOICE", n_invoice()).t(" and ").neg("INVOICE", n_invoice()).t(pick(" on ", " dated "))
    p.neg("DATE", n_date()).t(". The card ends in ").neg("NUMBER", dg(4)).t(", account ")
    p.neg("ACCOUNT", n_account()).t(". Our reference was ").neg("ORDER", n_order()).t(".")
    if rng.random() < 0.5:
        p.t(" Call back on ")
        put(p, cc_any(), label=False)
        p.t(".")
    p.t("\n")
    return p, "prose", "en"


DOCS = [doc_support_chat, doc_order_mail, doc_contacts_table, doc_log, doc_stack, doc_booking,
        doc_bank, doc_inventory, doc_products, doc_case, doc_json, doc_ids_array, doc_devops,
        doc_signature, doc_timesheet, doc_phone_list, doc_geo, doc_prose_numbers, doc_json,
        doc_log]


# The kinds of text of the twentieth blind set's public brief (its run.sh title) that print
# numbers beside phones: identity claims, HAR captures, wallet passes, form-builder webhooks,
# money-transfer receipts, pet microchip and cattle registers, toll accounts, exam entries,
# stock-option grants. Added in a second commit, still before any phone rule was read.
def jdoc(items, pretty):
    """A JSON object from (key, kind, value): kind PH (a phone string), S (a plain string),
    N (a number as written), or a NEG_ label (quoted when the value is a str with quote=True)."""
    p = P()
    nl, ind, sp = ("\n", "  ", " ") if pretty else ("", "", "")
    p.t("{" + nl)
    for n, (key, kind, v) in enumerate(items):
        p.t(ind + '"%s":%s' % (key, sp))
        if kind == "PH":
            p.t('"').ph(v).t('"')
        elif kind == "S":
            p.t(json.dumps(v, ensure_ascii=False))
        elif kind == "N":
            p.t(v)
        elif kind.startswith("Q"):
            p.t('"').s(kind[1:], v).t('"')
        else:
            p.s(kind, v)
        p.t(("," if n < len(items) - 1 else "") + nl)
    p.t("}")
    return p


def doc_oidc(i):
    cc = cc_any()
    ep = rng.randint(1700000000, 1767225600)
    text, e = phone(cc)
    items = [("sub", pick("QNEG_ID", "NEG_ID"), nz(pick(10, 12, 16))),
             ("iss", "S", "https://login.example.com"), ("aud", "S", "app-" + nz(6)),
             ("iat", "NEG_TIMESTAMP", str(ep)), ("exp", "NEG_TIMESTAMP", str(ep + 3600)),
             ("auth_time", "NEG_TIMESTAMP", str(ep - rng.randint(5, 900))),
             ("name", "QPERSON", rng.choice(PEOPLE)),
             ("phone_number", "PH", pick("+" + e, text)), ("phone_number_verified", "N", "true"),
             ("updated_at", "NEG_TIMESTAMP", str(ep - rng.randint(86400, 9000000))),
             ("sid", "QNEG_ID", "%s-%s" % (nz(8), nz(4)))]
    return jdoc(items, rng.random() < 0.6), "oidc_claims", "en"


def doc_har(i):
    cc = cc_any()
    text, e = phone(cc)
    p = P()
    p.t('{"log": {"version": "1.2", "entries": [{"startedDateTime": "').neg("TIMESTAMP", n_timestamp())
    p.t('", "time": ').neg("DURATION", "%d.%03d" % (rng.randint(10, 9999), rng.randint(0, 999)))
    p.t(', "request": {"method": "POST", "url": "https://api.example.com/v2/orders/')
    p.neg("ORDER", nz(pick(9, 10, 12))).t('?_=').neg("TIMESTAMP", str(rng.randint(1700000000000, 1767225600000)))
    p.t('", "headers": [{"name": "x-request-id", "value": "').neg("ID", nz(pick(10, 16, 19)))
    p.t('"}], "postData": {"mimeType": "application/json", "text": "{\\"phone\\":\\"').ph(text)
    p.t('\\",\\"qty\\":').neg("NUMBER", str(rng.randint(1, 40))).t('}"}, "bodySize": ')
    p.neg("NUMBER", str(rng.randint(50, 99999))).t('}, "response": {"status": 201, "content": {"size": ')
    p.neg("NUMBER", str(rng.randint(100, 999999))).t('}}, "connection": "').neg("PORT", str(rng.randint(40000, 65000)))
    p.t('", "timings": {"wait": ').neg("DURATION", "%d.%03d" % (rng.randint(1, 999), rng.randint(0, 999)))
    p.t("}}]}}")
    return p, "har", "en"


def doc_pass(i):
    cc = cc_any()
    p = P()
    p.t('{"formatVersion": 1, "passTypeIdentifier": "pass.com.example.event", "serialNumber": "')
    p.neg("SERIAL", pick("E-", "", "TKT") + nz(pick(9, 10, 12))).t('", "teamIdentifier": "')
    p.t("A%sB%s" % (nz(4), nz(3))).t('", "relevantDate": "').neg("TIMESTAMP", n_timestamp())
    p.t('", "barcode": {"message": "').neg("ID", nz(pick(12, 13, 16))).t('", "format": "PKBarcodeFormatQR"}, ')
    p.t('"eventTicket": {"primaryFields": [{"key": "seat", "label": "Seat", "value": "')
    p.neg("NUMBER", "%s-%s" % (rng.randint(1, 40), rng.randint(1, 300))).t('"}], "backFields": [')
    p.t('{"key": "holder", "label": "Holder", "value": "').s("PERSON", rng.choice(PEOPLE)).t('"}, ')
    p.t('{"key": "phone", "label": "Box office", "value": "')
    text, e = phone(cc)
    p.ph(text).t('"}, {"key": "order", "label": "Order", "value": "').neg("ORDER", n_order()).t('"}]}}')
    return p, "pass_json", LANG[cc]


def doc_webhook(i):
    cc = cc_any()
    text, e = phone(cc)
    items = [("event_id", "QNEG_ID", nz(19)), ("form_id", "QNEG_ID", nz(15)),
             ("submission_id", pick("QNEG_ID", "NEG_ID"), nz(pick(10, 19))),
             ("submitted_at", "QNEG_TIMESTAMP", n_timestamp()),
             ("ip_hash", "QNEG_HASH", n_hash()), ("answer_phone", "PH", text),
             ("answer_people", "NEG_NUMBER", str(rng.randint(1, 12))),
             ("answer_total", "QNEG_NUMBER", n_price()), ("page", "NEG_NUMBER", str(rng.randint(1, 5)))]
    return jdoc(items, rng.random() < 0.5), "webhook", "en"


def doc_transfer(i):
    cc = cc_any()
    p = P()
    p.t(pick("Money transfer receipt", "Transfer receipt", "Send money - receipt")).t("\nMTCN: ")
    m = nz(10)
    p.neg("ID", pick("%s-%s-%s" % (m[:3], m[3:6], m[6:]), m)).t("\nDate: ").neg("TIMESTAMP", n_timestamp())
    p.t("\nSender: ").s("PERSON", rng.choice(PEOPLE)).t("\nSender phone: ")
    put(p, cc, label=False, ext=False).t("\nReceiver: ").s("PERSON", rng.choice(PEOPLE)).t("\nReceiver phone: ")
    put(p, cc_any(), label=False, ext=False).t("\nAmount sent: ").neg("NUMBER", n_price()).t("\nFee: ")
    p.neg("NUMBER", n_price()).t("\nExchange rate: ").neg("NUMBER", "%d.%04d" % (rng.randint(0, 140), rng.randint(0, 9999)))
    p.t("\nReceipt no.: ").neg("ID", nz(pick(10, 13))).t("\nAgent ID: ").neg("ID", nz(pick(6, 8))).t("\n")
    return p, "money_transfer", LANG[cc]


def doc_animals(i):
    cc = cc_any()
    p = P()
    if rng.random() < 0.5:
        p.t("Microchip registration\nChip: ").neg("ID", pick("276", "250", "826", "985", "941") + dg(12))
        p.t("\nImplanted: ").neg("DATE", n_date()).t("\nRegistration no.: ").neg("ID", nz(pick(8, 10)))
        p.t("\nKeeper: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
        put(p, cc, label=True, ext=False).t("\nPrevious keeper: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
        put(p, cc_any(), label=True, ext=False).t("\n")
        return p, "microchip", LANG[cc]
    p.t("Herd register extract\nHolding no.: ").neg("ID", "%s %s %s %s" % (nz(3), dg(2), nz(3), nz(4)))
    p.t("\n")
    for _ in range(rng.randint(2, 4)):
        p.t("Ear tag ").neg("ID", pick("DE %s %s %s" % (dg(2), nz(3), nz(5)), "UK %s %s" % (nz(6), nz(6)),
                                     "FR %s %s" % (nz(4), nz(6)), "IE %s %s" % (nz(5), nz(5))))
        p.t(" born ").neg("DATE", n_date()).t(" weight ").neg("NUMBER", "%d kg" % rng.randint(30, 700)).t("\n")
    p.t("Keeper: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
    put(p, cc, label=True, ext=False).t("\n")
    return p, "herd_register", LANG[cc]


def doc_toll(i):
    cc = cc_any()
    p = P()
    p.t("Toll account ").neg("ACCOUNT", "%s %s %s" % (nz(4), nz(4), nz(4))).t("\nTransponder: ")
    p.neg("SERIAL", pick("%s-%s-%s" % (nz(4), nz(4), nz(4)), nz(10), "0%s" % dg(9))).t("\n")
    for _ in range(rng.randint(2, 4)):
        p.neg("TIMESTAMP", n_timestamp()).t("  plaza ").neg("NUMBER", str(rng.randint(1, 120)))
        p.t("  lane ").neg("NUMBER", str(rng.randint(1, 12))).t("  ").neg("NUMBER", n_price()).t("\n")
    p.t("Account holder: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
    put(p, cc, label=True, ext=False).t("\n")
    return p, "toll_account", LANG[cc]


def doc_exam(i):
    cc = cc_any()
    p = P()
    p.t("Access arrangements\nCentre number: ").neg("ID", nz(5)).t("\nCandidate number: ").neg("ID", nz(4))
    p.t("\nUCI: ").neg("ID", "%s%s%s" % (nz(5), "A", nz(7))).t("\nExtra time: ").neg("NUMBER", "25%")
    p.t("\nPapers: ").neg("ID", "%s/%s" % (nz(4), dg(2))).t(", ").neg("ID", "%s/%s" % (nz(4), dg(2)))
    p.t("\nParent contact: ").s("PERSON", rng.choice(PEOPLE)).t(" ")
    put(p, cc, label=False, ext=False).t("\n")
    return p, "exam_entry", LANG[cc]


def doc_grant(i):
    cc = cc_any()
    p = P()
    p.t("Notice of stock option grant\nGrant no.: ").neg("ID", "%06d" % rng.randint(1, 99999))
    p.t("\nEmployee ID: ").neg("ID", "%08d" % rng.randint(1, 99999999)).t("\nShares: ")
    p.neg("NUMBER", "{:,}".format(rng.randint(1000, 250000))).t("\nExercise price: ").neg("NUMBER", n_price())
    p.t("\nGrant date: ").neg("DATE", n_date()).t("\nVesting: 25% on ").neg("DATE", n_date())
    p.t("\nQuestions: ").s("PERSON", rng.choice(PEOPLE)).t(", ")
    put(p, cc, label=True).t("\n")
    return p, "stock_grant", "en"


DOCS2 = [doc_oidc, doc_har, doc_pass, doc_webhook, doc_transfer, doc_animals, doc_toll, doc_exam,
         doc_grant, doc_oidc, doc_webhook, doc_transfer]


# ---- request bodies ----------------------------------------------------------------------------


def split_lines(p, parts):
    """p cut into up to `parts` pieces after line breaks that no span crosses."""
    text = p.text
    cands = [k + 1 for k, ch in enumerate(text) if ch == "\n" and 0 < k + 1 < len(text)]
    cands = [c for c in cands if not any(s["start_position"] < c < s["end_position"] for s in p.spans)]
    want = [len(text) * k // parts for k in range(1, parts)]
    cuts = sorted({min(cands, key=lambda c: abs(c - w)) for w in want}) if cands else []
    bounds = [0] + cuts + [len(text)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        q = P()
        q.text = text[a:b]
        q.spans = [dict(s, start_position=s["start_position"] - a, end_position=s["end_position"] - a)
                   for s in p.spans if a <= s["start_position"] and s["end_position"] <= b]
        out.append(q)
    return out


WRAPS = ["chat_tool", "anth_str", "anth_blocks", "tool_args", "gemini_text", "gemini_fr",
         "resp_fco", "resp_input", "user_paste"]
ASKS = ["Summarise this for the customer.", "What went wrong here?", "Draft a reply, please.",
        "Extract the action items.", "Which of these need a call back?"]


def body(wrap, p, i, ascii_, compact, is_json):
    tool = ["lookup_order", "get_ticket", "read_file", "crm_search", "fetch_logs"][i % 5]
    call = "call_%04d" % (4800 + i)
    ask = ASKS[i % len(ASKS)]
    if wrap == "chat_tool":
        b = {"model": "gpt-4o", "messages": [
            {"role": "system", "content": "You are a support assistant."},
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps({"id": 1000 + i})}}]},
            {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_)
    if wrap == "anth_str":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool, "input": {"id": 1000 + i}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": MARK % 0}]}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_)
    if wrap == "anth_blocks":
        pieces = split_lines(p, 3)
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": tool, "input": {"id": 1000 + i}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                 "content": [{"type": "text", "text": MARK % k} for k in range(len(pieces))]}]}]}
        return place_all(dumps(b, ascii_, compact), pieces, 1, ascii_)
    if wrap == "tool_args":
        if is_json:
            args, levels = MARK % 0, 1
        else:
            inner = {"to": "support", "subject": "Case notes", "body": MARK % 0}
            args, levels = json.dumps(inner, ensure_ascii=ascii_), 2
        b = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "File this as discussed."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "save_record", "arguments": args}}]},
            {"role": "tool", "tool_call_id": call, "content": "ok"}]}
        return place_all(dumps(b, ascii_, compact), [p], levels, ascii_)
    if wrap == "gemini_text":
        b = {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": MARK % 0}]}],
             "generationConfig": {"temperature": 0.2, "maxOutputTokens": 2048}}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_)
    if wrap == "gemini_fr":
        b = {"contents": [
            {"role": "user", "parts": [{"text": ask}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"id": 1000 + i}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": "@@RAW@@"}}]}]}
        raw = dumps(b, ascii_, compact)
        if is_json:
            raw = raw.replace('"@@RAW@@"', MARK % 0)
            return place_all(raw, [p], 0, ascii_, ascii_native=True)
        raw = raw.replace('"@@RAW@@"', '{"content": "%s"}' % (MARK % 0))
        return place_all(raw, [p], 1, ascii_)
    if wrap == "resp_fco":
        b = {"model": "gpt-4.1", "input": [
            {"role": "user", "content": ask},
            {"type": "function_call", "call_id": call, "name": tool,
             "arguments": json.dumps({"id": 1000 + i})},
            {"type": "function_call_output", "call_id": call, "output": MARK % 0}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_)
    if wrap == "resp_input":
        b = {"model": "gpt-4.1", "input": [
            {"role": "user", "content": [{"type": "input_text", "text": ask},
                                         {"type": "input_text", "text": MARK % 0}]}]}
        return place_all(dumps(b, ascii_, compact), [p], 1, ascii_)
    if wrap == "user_paste":
        q = P()
        q.t(ask + "\n\n").t(p.text)
        q.spans = [dict(s, start_position=s["start_position"] + len(ask) + 2,
                        end_position=s["end_position"] + len(ask) + 2) for s in p.spans]
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK % 0}]}
        return place_all(dumps(b, ascii_, compact), [q], 1, ascii_)
    raise ValueError(wrap)


JSON_FORMS = ("json", "oidc_claims", "har", "pass_json", "webhook")


def emit(text, spans, lg, wrap, form):
    check_spans(text, spans)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": wrap, "wrap": wrap, "form": form}})


def main():
    for i in range(260):
        if i < 200:
            p, form, lg = DOCS[i % len(DOCS)](i)
        else:
            p, form, lg = DOCS2[i % len(DOCS2)](i)
        p.spans.sort(key=lambda s: s["start_position"])
        emit(p.text, p.spans, lg, "plain", form)
        wrap = WRAPS[(i + i // len(WRAPS)) % len(WRAPS)]
        ascii_ = i % 2 == 0
        compact = i % 3 == 0
        t, sp = body(wrap, p, i, ascii_, compact, form in JSON_FORMS)
        json.loads(t)
        emit(t, sp, lg, wrap, form)
    write_json(records)


main()
