#!/usr/bin/env python3
"""gen_phone45.py: real phone numbers as the people of 22 countries write them, beside the
numbers that are not phones, written from the brief of branch phone45 (phone recall) before any
phone rule was read or hush was run on it. A tune set.

Each record is one country's text (metadata.class is the country: de, at, ch, fr, be, nl, es,
it, pt, pl, se, dk, no, fi, cz, hu, tr, ro, gr, gb, ie, us; metadata.locale its language) in one
container (metadata.form): e-mail signatures, tables, CSV columns named in the country's language
(`phone`, `telefono`, `puhelin`, `telefon`, `tlf`...), JSON keys, vCards, chat (`call me on`,
`sună-mă la`...), prose with and without a phone word, `tel:` and wa.me links, forms, directories.
Phones (PHONE_NUMBER) follow each numbering plan, national and international, in every grouping
the country uses (Hungarian `06 1 622 9253` and `+36 (30) 123 4567`, Czech `603 123 456`, Polish
`+48 601-234-567`, Turkish `0 (532) 123 45 67`, Romanian `0721 234 567`, Greek `210 1234567`,
Finnish `040 123 4567`, Swedish `08-123 456 78`, Danish and Norwegian pairs, Swiss
`079 123 45 67`, Belgian `0470 12 34 56`, Irish `087 123 4567`, French `06 12 34 56 78`, UK
`07700 900123`...), after the phone words and abbreviations of each language (`Tel. č.`,
`Tlf.nr.`, `Tlm.`, `Puh.`, `Τηλ.`, `Telefonszám`, `Cep`, `GSM`, `Mob.`, `Handy`, `Portable`,
`Telemóvel`, `Komórka`...) or with none, with extensions (`ext. 12`, `Durchwahl -34`,
`poste 12`; the extension word and its digits outside the gold span, a DIN 5008 `-34` inside),
and broken as real text breaks them: U+00A0 and U+202F spaces, dots, slashes, brackets, a space
after the '+'.

Beside them in the same records, as NEG_ spans: company, tax and register numbers of the same
country in the same digit groupings (NEG_CODE: SIREN `123 456 789`, NIPC, Norwegian org.nr.,
Danish CVR, BTW `0123.456.789`, NIP `123-456-78-90`, Y-tunnus, IČO...), customer, order and
invoice numbers (NEG_ORDER), dates and times (NEG_DATE, NEG_TIME), amounts (NEG_NUMBER), parcel
numbers (NEG_TRACKING), IBAN and card fragments (NEG_IBANPART, NEG_CARDPART); company and home
addresses with postcode and house number are STREET_ADDRESS gold, people PERSON gold, the
signatures' mailboxes EMAIL_ADDRESS gold.

Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261205 + 45)
records = []


class D(Doc):
    records = records

    def neg(self, label, v):
        return self.span("NEG_" + label, v)

    def ph(self, v):
        return self.span("PHONE_NUMBER", v)


def dg(n, first="0123456789"):
    """n random digits, the first drawn from `first`."""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def nz(n):
    return dg(n, "123456789")


def pick(*xs):
    return rng.choice(xs)


def grp(digits, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(digits[i:i + n])
        i += n
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


COUNTRIES = ["de", "at", "ch", "fr", "be", "nl", "es", "it", "pt", "pl", "se", "dk", "no", "fi",
             "cz", "hu", "tr", "ro", "gr", "gb", "ie", "us"]
LANG = {"de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "nl": "nl",
        "es": "es", "it": "it", "pt": "pt", "pl": "pl", "se": "sv", "dk": "da", "no": "no",
        "fi": "fi", "cz": "cs", "hu": "hu", "tr": "tr", "ro": "ro", "gr": "el", "gb": "en",
        "ie": "en", "us": "en"}


# ---- phones: each country's plan and its written forms -------------------------------------------
# Each entry: a function returning (written form, digits with the calling code, no '+'). The
# first half of each list is national, the second international.
def f_de():
    if rng.random() < 0.5:
        pre = pick("151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "175", "176", "177", "178", "179")
        rest = nz(8 if pre[:2] in ("15",) or pre in ("176", "172", "173", "174") else 7)
        e = "49" + pre + rest
        return pick("0%s %s" % (pre, rest), "0%s/%s" % (pre, rest), "0%s-%s" % (pre, grp(rest, [3, 3])),
                    "0%s %s" % (pre, grp(rest, [4])), "(0%s) %s" % (pre, grp(rest, [4])),
                    "+49 %s %s" % (pre, rest), "+49 (0)%s %s" % (pre, grp(rest, [4])),
                    "+49 (0) %s %s" % (pre, rest), "0049 %s %s" % (pre, rest), "+49-%s-%s" % (pre, rest),
                    "+49%s%s" % (pre, rest)), e
    pre = pick("30", "40", "89", "69", "221", "211", "711", "511", "351", "341", "911", "421", "6221", "7531", "8031", "4921", "3841")
    rest = nz(8 if len(pre) == 2 else 7 if len(pre) == 3 else 6)
    e = "49" + pre + rest
    return pick("0%s %s" % (pre, rest), "0%s/%s" % (pre, rest), "0%s / %s" % (pre, grp(rest, [2, 2, 2, 2])),
                "(0%s) %s" % (pre, rest), "0%s-%s" % (pre, rest), "0%s %s-0" % (pre, rest[:-2]),
                "0%s %s" % (pre, grp(rest, [3, 3, 2])),
                "+49 %s %s" % (pre, rest), "+49 (0)%s %s" % (pre, rest), "+49 %s %s-0" % (pre, rest[:-2]),
                "0049 %s %s" % (pre, rest), "+49 %s / %s" % (pre, grp(rest, [2, 2, 2, 2]))), e


def f_at():
    if rng.random() < 0.5:
        pre = pick("650", "660", "664", "676", "677", "680", "681", "688", "699")
        rest = nz(pick(7, 7, 8))
        e = "43" + pre + rest
        r = grp(rest, [3, 2, 2] if len(rest) == 7 else [4, 4])
        return pick("0%s %s" % (pre, rest), "0%s/%s" % (pre, r), "0%s %s" % (pre, r),
                    "0%s-%s" % (pre, rest), "+43 %s %s" % (pre, rest), "+43 (0)%s %s" % (pre, r),
                    "+43 %s %s" % (pre, r), "0043 %s %s" % (pre, rest), "+43%s%s" % (pre, rest)), e
    pre = pick("1", "316", "512", "662", "732", "463", "2742", "5574")
    rest = nz(7 if pre == "1" else 6 if len(pre) == 3 else 5)
    e = "43" + pre + rest
    return pick("0%s %s" % (pre, rest), "0%s/%s" % (pre, rest), "0%s %s" % (pre, grp(rest, [2, 2, 2])),
                "(0%s) %s" % (pre, rest), "0%s %s-0" % (pre, rest[:-1]),
                "+43 %s %s" % (pre, rest), "+43 (0)%s %s" % (pre, rest), "+43 %s %s" % (pre, grp(rest, [3, 2, 2])),
                "+43 %s %s-0" % (pre, rest[:-1]), "0043 %s %s" % (pre, rest)), e


def f_ch():
    pre = pick("75", "76", "77", "78", "79") if rng.random() < 0.5 else pick("44", "43", "31", "61", "21", "22", "41", "71", "58", "91")
    rest = nz(7)
    e = "41" + pre + rest
    r = grp(rest, [3, 2, 2])
    return pick("0%s %s" % (pre, r), "0%s/%s" % (pre, r), "0%s %s" % (pre, rest), "0%s-%s" % (pre, grp(rest, [3, 2, 2], "-")),
                "(0%s) %s" % (pre, r), "0%s %s" % (pre, grp(rest, [3, 4])),
                "+41 %s %s" % (pre, r), "+41 (0)%s %s" % (pre, r), "+41 (0) %s %s" % (pre, r), "0041 %s %s" % (pre, r),
                "+41%s%s" % (pre, rest), "+41 %s %s" % (pre, grp(rest, [3, 4]))), e


def f_fr():
    first = pick("6", "7") if rng.random() < 0.55 else pick("1", "2", "3", "4", "5", "9")
    rest = dg(8)
    e = "33" + first + rest
    s = pick(" ", " ", ".", "-", "")
    return pick("0" + first + s + grp(rest, [2, 2, 2, 2], s), "0" + first + s + grp(rest, [2, 2, 2, 2], s),
                "0%s%s" % (first, rest),
                "+33 %s %s" % (first, grp(rest, [2, 2, 2, 2])), "+33 (0)%s %s" % (first, grp(rest, [2, 2, 2, 2])),
                "+33 (0) %s %s" % (first, grp(rest, [2, 2, 2, 2])), "+33%s%s" % (first, rest),
                "0033 %s %s" % (first, grp(rest, [2, 2, 2, 2])), "+33 %s%s" % (first, rest),
                "+33.%s.%s" % (first, grp(rest, [2, 2, 2, 2], "."))), e


def f_be():
    if rng.random() < 0.5:
        pre, rest = pick("470", "471", "472", "473", "475", "476", "477", "478", "479", "483", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"), dg(6)
        e = "32" + pre + rest
        return pick("0%s %s" % (pre, grp(rest, [2, 2, 2])), "0%s/%s" % (pre, grp(rest, [2, 2, 2], ".")),
                    "0%s %s" % (pre, grp(rest, [3, 3])), "0%s/%s" % (pre, grp(rest, [2, 2, 2])), "0%s%s" % (pre, rest),
                    "0%s.%s" % (pre, grp(rest, [2, 2, 2], ".")),
                    "+32 %s %s" % (pre, grp(rest, [2, 2, 2])), "+32 (0)%s %s" % (pre, grp(rest, [2, 2, 2])),
                    "+32 %s/%s" % (pre, grp(rest, [2, 2, 2], ".")), "0032 %s %s" % (pre, grp(rest, [2, 2, 2])),
                    "+32%s%s" % (pre, rest)), e
    if rng.random() < 0.5:
        pre, rest = pick("2", "3", "4", "9"), nz(7)
        r = grp(rest, [3, 2, 2])
    else:
        pre, rest = pick("10", "11", "13", "14", "15", "16", "50", "51", "52", "53", "56", "57", "58", "59", "60", "63", "64", "65", "67", "69", "71", "80", "81", "82", "83", "84", "85", "86", "87", "89"), nz(6)
        r = grp(rest, [2, 2, 2])
    e = "32" + pre + rest
    return pick("0%s %s" % (pre, r), "0%s/%s" % (pre, r), "0%s/%s" % (pre, r.replace(" ", ".")), "0%s %s" % (pre, rest),
                "+32 %s %s" % (pre, r), "+32 (0)%s %s" % (pre, r), "0032 %s %s" % (pre, r), "+32 %s/%s" % (pre, r.replace(" ", "."))), e


def f_nl():
    if rng.random() < 0.5:
        rest = dg(8, "12345678")
        e = "316" + rest
        return pick("06 %s" % rest, "06-%s" % rest, "06 %s" % grp(rest, [4]), "06 - %s" % rest, "(06) %s" % grp(rest, [4]),
                    "06 %s" % grp(rest, [2, 2, 2, 2]), "06%s" % rest,
                    "+31 6 %s" % rest, "+31 (0)6 %s" % grp(rest, [4]), "+31 6 %s" % grp(rest, [2, 2, 2, 2]),
                    "+316%s" % rest, "0031 6 %s" % rest, "+31 (0) 6-%s" % rest), e
    if rng.random() < 0.6:
        pre, rest = pick("20", "10", "70", "30", "40", "50", "13", "15", "24", "26", "33", "35", "36", "38", "43", "45", "46", "53", "55", "58", "71", "72", "73", "76", "77", "78", "79"), nz(7)
        r = pick(grp(rest, [3, 4]), grp(rest, [3, 2, 2]), rest)
    else:
        pre, rest = pick("229", "299", "317", "318", "320", "341", "413", "475", "513", "570", "591", "172", "180", "252", "343"), nz(6)
        r = pick(grp(rest, [2, 2, 2]), rest, grp(rest, [3, 3]))
    e = "31" + pre + rest
    return pick("0%s %s" % (pre, r), "0%s-%s" % (pre, r), "0%s - %s" % (pre, r), "(0%s) %s" % (pre, r), "0%s%s" % (pre, rest),
                "+31 %s %s" % (pre, r), "+31 (0)%s %s" % (pre, r), "+31 %s-%s" % (pre, rest), "0031 %s %s" % (pre, r)), e


def f_es():
    sub = (pick("6", "7") + dg(8)) if rng.random() < 0.55 else ("9" + dg(1, "13456") + dg(7))
    e = "34" + sub
    return pick(grp(sub, [3, 3, 3]), grp(sub, [3, 2, 2, 2]), sub, grp(sub, [2, 3, 2, 2]), grp(sub, [3, 3, 3], "."), grp(sub, [3, 3, 3], "-"),
                "+34 " + grp(sub, [3, 3, 3]), "+34 " + grp(sub, [3, 2, 2, 2]), "(+34) " + grp(sub, [3, 3, 3]), "0034 " + sub,
                "+34" + sub, "+34 " + sub, "+34-" + grp(sub, [3, 3, 3], "-")), e


def f_it():
    if rng.random() < 0.55:
        sub = "3" + dg(1, "1234789") + dg(1) + dg(7)
        e = "39" + sub
        return pick(grp(sub, [3, 3, 4]), grp(sub, [3, 7]), sub[:3] + "/" + sub[3:], sub[:3] + "-" + sub[3:], sub, grp(sub, [3, 3, 2, 2]), sub[:3] + "." + grp(sub[3:], [3, 4], "."),
                    "+39 " + grp(sub, [3, 3, 4]), "+39 " + grp(sub, [3, 7]), "+39" + sub, "0039 " + grp(sub, [3, 7]), "(+39) " + grp(sub, [3, 7]),
                    "+39 " + sub[:3] + "/" + sub[3:]), e
    pre = pick("06", "02", "011", "010", "041", "051", "055", "081", "091", "0471", "0461", "0331", "0544", "0984")
    rest = nz(10 - len(pre) if len(pre) < 4 else 6)
    sub = pre + rest
    e = "39" + sub
    return pick(pre + " " + rest, pre + " " + grp(rest, [4]), pre + "/" + rest, pre + "-" + rest, pre + "." + rest, "(" + pre + ") " + rest, pre + " " + grp(rest, [3]),
                "+39 " + pre + " " + rest, "+39 " + pre + " " + grp(rest, [4]), "0039 " + pre + " " + rest, "(+39) " + pre + " " + rest, "+39" + sub), e


def f_pt():
    sub = (pick("91", "92", "93", "96") + dg(7)) if rng.random() < 0.55 else (pick("21", "22", "231", "232", "234", "239", "253", "258", "266", "289", "291", "296"))
    if len(sub) < 9:
        sub += dg(9 - len(sub))
    e = "351" + sub
    return pick(grp(sub, [3, 3, 3]), sub, grp(sub, [2, 3, 2, 2]) if sub[0] == "2" else grp(sub, [3, 3, 3]), grp(sub, [3, 3, 3], "."),
                "+351 " + grp(sub, [3, 3, 3]), "(+351) " + grp(sub, [3, 3, 3]), "00351 " + sub, "+351 " + sub, "+351" + sub, "(00351) " + grp(sub, [3, 3, 3])), e


def f_pl():
    if rng.random() < 0.55:
        sub = pick("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88") + dg(7)
        e = "48" + sub
        return pick(grp(sub, [3, 3, 3]), grp(sub, [3, 3, 3], "-"), sub, grp(sub, [3, 3, 3], "."),
                    "+48 " + grp(sub, [3, 3, 3]), "+48 " + grp(sub, [3, 3, 3], "-"), "+48" + sub, "0048 " + grp(sub, [3, 3, 3]),
                    "(+48) " + grp(sub, [3, 3, 3]), "+48 " + sub), e
    pre = pick("22", "12", "61", "71", "58", "42", "81", "91", "32", "52", "85", "89")
    rest = dg(7, "2345678")
    e = "48" + pre + rest
    return pick("%s %s" % (pre, grp(rest, [3, 2, 2])), "(%s) %s" % (pre, grp(rest, [3, 2, 2])), "(%s) %s" % (pre, grp(rest, [3, 2, 2], "-")),
                "%s %s" % (pre, rest), "%s-%s" % (pre, grp(rest, [3, 2, 2], "-")),
                "+48 %s %s" % (pre, grp(rest, [3, 2, 2])), "+48 (%s) %s" % (pre, grp(rest, [3, 2, 2])), "+48 %s" % grp(pre + rest, [3, 3, 3]),
                "0048 %s %s" % (pre, rest)), e


def f_se():
    if rng.random() < 0.5:
        sub = "7" + pick("0", "2", "3", "6", "9") + dg(7)
        e = "46" + sub
        r = sub[2:]
        return pick("0%s-%s" % (sub[:2], grp(r, [3, 2, 2])), "0%s %s" % (sub[:2], grp(r, [3, 2, 2])), "0%s-%s" % (sub[:2], r),
                    "0%s" % sub, "0%s %s" % (sub[:2], grp(r, [3, 4])),
                    "+46 %s %s" % (sub[:2], grp(r, [3, 2, 2])), "+46 (0)%s-%s" % (sub[:2], grp(r, [3, 2, 2])), "+46%s" % sub,
                    "0046 %s %s" % (sub[:2], grp(r, [3, 2, 2])), "+46 %s-%s" % (sub[:2], r)), e
    pre = pick("8", "8", "31", "40", "18", "13", "19", "21", "90", "46", "470", "498", "520", "611", "920")
    ln = 8 - len(pre) + 1 if pre != "8" else pick(7, 8)
    if len(pre) == 3:
        ln = pick(5, 6)
    rest = nz(ln)
    e = "46" + pre + rest
    if len(rest) == 8:
        r = grp(rest, [3, 3, 2])
    elif len(rest) == 7:
        r = grp(rest, [3, 2, 2])
    elif len(rest) == 6:
        r = grp(rest, [2, 2, 2])
    else:
        r = grp(rest, [3, 2])
    return pick("0%s-%s" % (pre, r), "0%s %s" % (pre, r), "0%s-%s" % (pre, rest), "0%s/%s" % (pre, r),
                "+46 %s %s" % (pre, r), "+46 (0)%s-%s" % (pre, r), "+46 %s-%s" % (pre, rest), "0046 %s %s" % (pre, r)), e


def f_dk():
    sub = pick("2", "3", "4", "5", "6", "7", "8", "9") + dg(7)
    e = "45" + sub
    return pick(grp(sub, [2, 2, 2, 2]), grp(sub, [4, 4]), sub, grp(sub, [2, 2, 2, 2], "."), grp(sub, [2, 2, 2, 2], "-"),
                "+45 " + grp(sub, [2, 2, 2, 2]), "+45 " + grp(sub, [4, 4]), "+45" + sub, "0045 " + grp(sub, [2, 2, 2, 2]),
                "(+45) " + grp(sub, [2, 2, 2, 2]), "+45 " + sub), e


def f_no():
    if rng.random() < 0.55:
        sub = pick("4", "9") + dg(7)
        e = "47" + sub
        return pick(grp(sub, [3, 2, 3]), grp(sub, [2, 2, 2, 2]), sub, grp(sub, [3, 5]),
                    "+47 " + grp(sub, [3, 2, 3]), "+47 " + grp(sub, [2, 2, 2, 2]), "+47" + sub, "0047 " + grp(sub, [3, 2, 3]),
                    "(+47) " + grp(sub, [3, 2, 3]), "+47 " + sub), e
    sub = pick("2", "3", "5", "6", "7") + dg(7)
    e = "47" + sub
    return pick(grp(sub, [2, 2, 2, 2]), sub, grp(sub, [2, 2, 2, 2], "."),
                "+47 " + grp(sub, [2, 2, 2, 2]), "+47" + sub, "0047 " + grp(sub, [2, 2, 2, 2]), "(+47) " + grp(sub, [2, 2, 2, 2])), e


def f_fi():
    if rng.random() < 0.55:
        pre = pick("40", "41", "42", "44", "45", "46", "50")
        rest = dg(7)
        e = "358" + pre + rest
        return pick("0%s %s" % (pre, grp(rest, [3, 4])), "0%s-%s" % (pre, rest), "0%s %s" % (pre, rest), "0%s %s" % (pre, grp(rest, [4, 3])),
                    "0%s %s" % (pre, grp(rest, [3, 2, 2])), "0%s%s" % (pre, rest),
                    "+358 %s %s" % (pre, grp(rest, [3, 4])), "+358 (0)%s %s" % (pre, grp(rest, [3, 4])), "+358%s%s" % (pre, rest),
                    "+358 %s %s" % (pre, rest), "00358 %s %s" % (pre, grp(rest, [3, 4]))), e
    pre = pick("9", "9", "2", "3", "5", "6", "8", "13", "14", "15", "16", "17", "19")
    rest = nz(pick(6, 7))
    if pre == "9":
        rest = nz(pick(7, 8))
    e = "358" + pre + rest
    r = pick(grp(rest, [3, 4]) if len(rest) == 7 else grp(rest, [4, 4]) if len(rest) == 8 else grp(rest, [3, 3]) if len(rest) == 6 else grp(rest, [3, 2]), rest)
    return pick("0%s %s" % (pre, r), "0%s-%s" % (pre, rest), "(0%s) %s" % (pre, r), "+358 %s %s" % (pre, r), "+358 (0)%s %s" % (pre, r), "00358 %s %s" % (pre, r)), e


def f_cz():
    sub = (pick("60", "70", "72", "73", "77", "79") + dg(7)) if rng.random() < 0.55 else (pick("2", "3", "4", "5") + dg(1, "1234569") + dg(7))
    e = "420" + sub
    return pick(grp(sub, [3, 3, 3]), sub, grp(sub, [3, 3, 3], "-"), grp(sub, [3, 2, 2, 2]),
                "+420 " + grp(sub, [3, 3, 3]), "+420 " + sub, "+420" + sub, "00420 " + grp(sub, [3, 3, 3]),
                "(+420) " + grp(sub, [3, 3, 3]), "+420-" + grp(sub, [3, 3, 3], "-")), e


def f_hu():
    if rng.random() < 0.55:
        pre, rest = pick("20", "30", "31", "50", "70"), nz(7)
        e = "36" + pre + rest
        return pick("06 %s %s" % (pre, grp(rest, [3, 4])), "06-%s-%s" % (pre, grp(rest, [3, 4], "-")), "06 %s/%s" % (pre, grp(rest, [3, 4], "-")),
                    "(06 %s) %s" % (pre, grp(rest, [3, 4])), "06%s%s" % (pre, rest), "06 (%s) %s" % (pre, grp(rest, [3, 4])),
                    "06 %s %s" % (pre, grp(rest, [3, 2, 2])), "06/%s/%s" % (pre, rest),
                    "+36 (%s) %s" % (pre, grp(rest, [3, 4])), "+36 %s %s" % (pre, grp(rest, [3, 4])), "+36-%s-%s" % (pre, grp(rest, [3, 4], "-")),
                    "+36%s%s" % (pre, rest), "+36 %s/%s" % (pre, grp(rest, [3, 4], "-")), "0036 %s %s" % (pre, grp(rest, [3, 4])),
                    "+36 %s %s" % (pre, grp(rest, [3, 2, 2]))), e
    pre = pick("1", "1", "22", "24", "26", "28", "32", "34", "46", "52", "62", "72", "76", "88", "96", "99")
    rest = nz(7 if pre == "1" else 6)
    e = "36" + pre + rest
    r = grp(rest, [3, 4]) if pre == "1" else grp(rest, [3, 3])
    return pick("06 %s %s" % (pre, r), "06-%s-%s" % (pre, r.replace(" ", "-")), "(06 %s) %s" % (pre, r), "06 %s/%s" % (pre, r.replace(" ", "-")),
                "(%s) %s" % (pre, r),
                "+36 %s %s" % (pre, r), "+36 (%s) %s" % (pre, r), "+36-%s-%s" % (pre, r.replace(" ", "-")), "0036 %s %s" % (pre, r)), e


def f_tr():
    pre = pick("530", "532", "533", "535", "536", "541", "542", "543", "544", "505", "506", "507", "552", "553", "555") if rng.random() < 0.55 else pick("212", "216", "312", "232", "242", "224", "322", "262", "352")
    rest = nz(7)
    e = "90" + pre + rest
    r = grp(rest, [3, 2, 2])
    return pick("0%s %s" % (pre, r), "0 (%s) %s" % (pre, r), "0 %s %s" % (pre, r), "(0%s) %s" % (pre, r), "0%s %s" % (pre, grp(rest, [3, 4])),
                "0%s%s" % (pre, rest), "0-%s-%s" % (pre, grp(rest, [3, 2, 2], "-")), "0%s-%s" % (pre, rest), "%s %s" % (pre, r),
                "+90 %s %s" % (pre, r), "+90 (%s) %s" % (pre, r), "+90 %s %s" % (pre, grp(rest, [3, 4])), "+90%s%s" % (pre, rest),
                "0090 %s %s" % (pre, r), "+90 (0%s) %s" % (pre, r)), e


def f_ro():
    if rng.random() < 0.55:
        sub = "7" + pick("2", "3", "4", "5", "6", "7", "8") + dg(7)
        e = "40" + sub
        return pick("0" + grp(sub, [3, 3, 3]), "0" + grp(sub, [3, 3, 3], "."), "0" + grp(sub, [3, 3, 3], "-"), "0" + sub, "0" + grp(sub, [3, 2, 2, 2]),
                    "+40 " + grp(sub, [3, 3, 3]), "+40 (0)" + grp(sub, [3, 3, 3]), "+40" + sub, "0040 " + grp(sub, [3, 3, 3]),
                    "+40 " + sub, "(+40) " + grp(sub, [3, 3, 3]), "+40-" + grp(sub, [3, 3, 3], "-")), e
    if rng.random() < 0.5:
        pre, rest = pick("21", "31"), dg(7, "2345678")
        r = pick(grp(rest, [3, 4]), grp(rest, [3, 2, 2]), rest)
    else:
        pre, rest = pick("264", "256", "232", "241", "268", "251", "269", "230", "259"), dg(6, "2345678")
        r = pick(grp(rest, [3, 3]), rest, grp(rest, [2, 2, 2]))
    e = "40" + pre + rest
    return pick("0%s %s" % (pre, r), "0%s.%s" % (pre, r.replace(" ", ".")), "0%s-%s" % (pre, r.replace(" ", "-")), "(0%s) %s" % (pre, r),
                "+40 %s %s" % (pre, r), "+40 (0)%s %s" % (pre, r), "0040 %s %s" % (pre, r)), e


def f_gr():
    if rng.random() < 0.5:
        sub = "69" + dg(1, "0345789") + dg(7)
        e = "30" + sub
        return pick(grp(sub, [3, 7]), grp(sub, [3, 3, 4]), sub, grp(sub, [4, 6]), grp(sub, [3, 7], "-"), grp(sub, [3, 3, 2, 2]),
                    "+30 " + grp(sub, [3, 7]), "+30 " + grp(sub, [3, 3, 4]), "+30" + sub, "0030 " + sub, "(+30) " + sub, "+30 " + sub), e
    sub = pick("210", "210", "2310", "2610", "2810", "2410", "2651", "2821", "22890")
    sub += nz(10 - len(sub))
    e = "30" + sub
    head = sub[:3] if sub.startswith("210") else sub[:len(sub) - 6] if len(sub) - 6 >= 4 else sub[:4]
    tail = sub[len(head):]
    return pick(head + " " + tail, sub, head + "-" + tail, head + " " + grp(tail, [3, 4] if len(tail) == 7 else [3, 3]),
                "+30 " + head + " " + tail, "+30 " + sub, "0030 " + head + " " + tail, "(+30) " + head + " " + tail, "+30" + sub,
                "+30 " + head + "-" + tail), e


def f_gb():
    if rng.random() < 0.5:
        sub = "7" + pick("4", "5", "7", "8", "9") + dg(8)
        e = "44" + sub
        return pick("0%s %s" % (sub[:4], sub[4:]), "0%s %s %s" % (sub[:4], sub[4:7], sub[7:]), "0%s" % sub, "0%s-%s" % (sub[:4], sub[4:]),
                    "0%s %s %s" % (sub[:3], sub[3:6], sub[6:]), "(0%s) %s" % (sub[:4], sub[4:]),
                    "+44 %s %s" % (sub[:4], sub[4:]), "+44 (0)%s %s" % (sub[:4], sub[4:]), "+44 (0) %s %s %s" % (sub[:4], sub[4:7], sub[7:]),
                    "+44%s" % sub, "0044 %s %s" % (sub[:4], sub[4:]), "+44 %s %s %s" % (sub[:4], sub[4:7], sub[7:])), e
    k = rng.random()
    if k < 0.35:
        sub = "20" + pick("3", "7", "8") + dg(7)
        a, b = sub[:2], sub[2:]
        r = grp(b, [4, 4])
    elif k < 0.7:
        sub = pick("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161", "191") + nz(7)
        a, b = sub[:3], sub[3:]
        r = grp(b, [3, 4])
    elif k < 0.9:
        sub = pick("1223", "1224", "1273", "1332", "1382", "1452", "1603", "1632", "1752", "1865", "1904") + nz(6)
        a, b = sub[:4], sub[4:]
        r = pick(b, grp(b, [3, 3]))
    else:
        sub = pick("800", "808", "330", "333", "345", "370") + nz(7)
        a, b = sub[:3], sub[3:]
        r = grp(b, [3, 4])
    e = "44" + sub
    return pick("0%s %s" % (a, r), "(0%s) %s" % (a, r), "0%s-%s" % (a, r.replace(" ", "-")), "0%s %s" % (a, b), "0%s" % sub,
                "+44 %s %s" % (a, r), "+44 (0)%s %s" % (a, r), "+44 (0) %s %s" % (a, r), "+44%s" % sub, "0044 %s %s" % (a, r),
                "+44 %s %s" % (a, b)), e


def f_ie():
    if rng.random() < 0.55:
        pre, rest = pick("83", "85", "86", "87", "89"), dg(7, "123456789")
        e = "353" + pre + rest
        return pick("0%s %s" % (pre, grp(rest, [3, 4])), "0%s-%s" % (pre, rest), "0%s %s" % (pre, rest), "(0%s) %s" % (pre, grp(rest, [3, 4])),
                    "0%s%s" % (pre, rest), "0%s %s" % (pre, grp(rest, [3, 2, 2])),
                    "+353 %s %s" % (pre, grp(rest, [3, 4])), "+353 (0)%s %s" % (pre, grp(rest, [3, 4])), "+353%s%s" % (pre, rest),
                    "00353 %s %s" % (pre, grp(rest, [3, 4])), "+353 (0) %s %s" % (pre, rest), "+353-%s-%s" % (pre, rest)), e
    pre = pick("1", "1", "21", "91", "61", "51", "71", "74", "402", "404", "504", "505", "64", "66")
    rest = nz(7 if pre == "1" else 5 if len(pre) == 3 else pick(6, 7))
    e = "353" + pre + rest
    r = grp(rest, [3, 4]) if len(rest) == 7 else grp(rest, [3, 3]) if len(rest) == 6 else grp(rest, [2, 3])
    return pick("0%s %s" % (pre, r), "(0%s) %s" % (pre, r), "0%s-%s" % (pre, rest), "0%s %s" % (pre, rest),
                "+353 %s %s" % (pre, r), "+353 (0)%s %s" % (pre, r), "00353 %s %s" % (pre, r), "+353-%s-%s" % (pre, rest)), e


def f_us():
    a = pick("212", "213", "312", "415", "503", "617", "646", "702", "718", "206", "303", "404", "512", "713", "801", "919",
             "416", "604", "514", "613", "403", "780", "902", "204", "306", "709", "800", "888")
    b, c = dg(3, "2346789") + "", dg(4)
    if b[1:] == "11":
        b = b[0] + "21"
    e = "1" + a + b + c
    return pick("(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "%s %s %s" % (a, b, c), "%s%s%s" % (a, b, c),
                "(%s)%s-%s" % (a, b, c), "%s/%s-%s" % (a, b, c),
                "+1 %s %s %s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "+1-%s-%s-%s" % (a, b, c),
                "+1.%s.%s.%s" % (a, b, c), "1 (%s) %s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c)), e


PHONE = {"de": f_de, "at": f_at, "ch": f_ch, "fr": f_fr, "be": f_be, "nl": f_nl, "es": f_es, "it": f_it, "pt": f_pt,
         "pl": f_pl, "se": f_se, "dk": f_dk, "no": f_no, "fi": f_fi, "cz": f_cz, "hu": f_hu, "tr": f_tr, "ro": f_ro,
         "gr": f_gr, "gb": f_gb, "ie": f_ie, "us": f_us}


def breaks(text):
    """The shapes real text breaks a number in, on a share of them."""
    k = rng.random()
    if k < 0.08 and " " in text:
        return text.replace(" ", "\u00a0")
    if k < 0.12 and " " in text:
        return text.replace(" ", "\u202f")
    if k < 0.15 and text.startswith("+") and " " in text:
        return "+ " + text[1:]
    if k < 0.17 and text.startswith("+") and " " in text:
        return text.replace(" ", "\u00a0", 1)
    return text


def phone(cc):
    text, e164 = PHONE[cc]()
    return breaks(text), e164


# ---- phone words ----------------------------------------------------------------------------------
LABELS = {
    "de": ["Tel.", "Tel.:", "Telefon:", "Tel.-Nr.:", "Handy:", "Mobil:", "Mobiltelefon:", "Mob.", "Festnetz:", "Rufnummer:", "Telefonnummer:", "Fax:", "Zentrale:", "Tel"],
    "at": ["Tel.:", "Tel.Nr.:", "Telefon:", "Handy:", "Mobil:", "Mobiltel.:", "Fax:", "Tel"],
    "ch": ["Tel.", "Tel.:", "Telefon:", "Natel:", "Mobile:", "Tél.", "Direkt:", "Fax:"],
    "fr": ["Tél.", "Tél. :", "Tel :", "Téléphone :", "Portable :", "Port. :", "Mobile :", "Fixe :", "Tél. fixe :", "N° de tél. :", "Fax :", "Ligne directe :"],
    "be": ["GSM :", "GSM", "Tél. :", "Tel.", "Mobiel:", "Gsm-nummer:", "Tel:", "Fax :"],
    "nl": ["Tel.", "Tel:", "Telefoon:", "Telefoonnummer:", "Mobiel:", "Mob.", "Tel.nr.:", "Telnr:", "Fax:"],
    "es": ["Tel.", "Tel.:", "Tlf.:", "Tfno.:", "Teléfono:", "Móvil:", "Celular:", "Tel. fijo:", "Telf.:", "Fax:"],
    "it": ["Tel.", "Tel:", "Telefono:", "Cell.", "Cellulare:", "Tel. fisso:", "Recapito telefonico:", "Num. tel.:", "Cel.", "Fax:"],
    "pt": ["Tel.", "Tel.:", "Telefone:", "Telemóvel:", "Tlm.", "Tlm:", "Tlf.:", "Telef.:", "Contacto:", "Fax:"],
    "pl": ["Tel.", "tel.", "Tel. kom.", "tel. kom.:", "Telefon:", "Komórka:", "Kom.", "Nr tel.:", "Numer telefonu:", "Tel. stacjonarny:", "Fax:"],
    "se": ["Tel.", "Tel:", "Telefon:", "Tfn:", "Tfn", "Mobil:", "Mobilnummer:", "Telefonnummer:", "Växel:", "Mobiltelefon:", "Mob:"],
    "dk": ["Tlf.", "Tlf.:", "Tlf.nr.:", "Tlf.nr.", "Telefon:", "Mobil:", "Mob.", "Telefonnummer:", "Direkte:", "Mobilnr.:"],
    "no": ["Tlf.", "Tlf:", "Tlf.nr.:", "Telefon:", "Mobil:", "Mob.", "Mob:", "Telefonnummer:", "Sentralbord:", "Mobilnr.:"],
    "fi": ["Puh.", "puh.", "Puh:", "Puhelin:", "Puhelinnumero:", "Matkapuhelin:", "GSM", "GSM:", "Puh.nro:", "Vaihde:", "Mob."],
    "cz": ["Tel.", "tel.:", "Tel. č.:", "Tel. č.", "Telefon:", "Mobil:", "Mob.:", "Telefonní číslo:", "tel. číslo:", "Tel./fax:"],
    "hu": ["Tel.:", "Tel:", "Telefon:", "Telefonszám:", "Mobil:", "Mobiltelefon:", "Tel.sz.:", "Mobilszám:", "Mob.:", "Fax:"],
    "tr": ["Tel:", "Tel.:", "Telefon:", "Cep:", "Cep Tel:", "GSM:", "Cep No:", "Telefon No:", "Tlf:", "Sabit hat:", "Faks:"],
    "ro": ["Tel.", "Tel:", "Telefon:", "Mobil:", "Nr. tel.:", "Număr de telefon:", "Tel. mobil:", "Telefon fix:", "Fax:", "Tlf."],
    "gr": ["Τηλ.", "Τηλ.:", "Τηλ:", "Τηλέφωνο:", "Κινητό:", "Κιν.:", "Αρ. τηλ.:", "Τηλ. επικοινωνίας:", "Tel.", "Fax:"],
    "gb": ["Tel:", "Tel.", "Phone:", "Mobile:", "Mob:", "M:", "T:", "Direct line:", "DD:", "Landline:", "Tel no:", "Fax:"],
    "ie": ["Tel:", "Ph:", "Phone:", "Mobile:", "Mob:", "M:", "T:", "Direct:", "Tel no.:"],
    "us": ["Phone:", "Cell:", "Office:", "Direct:", "Work:", "Ph:", "P:", "C:", "Tel:", "Mobile:", "Main:", "Fax:"],
}
CALL_ME = {
    "de": ["ruf mich an unter {P}", "erreichst mich unter {P}", "meine neue Nummer: {P}", "schreib mir auf WhatsApp: {P}"],
    "at": ["ruf mich bitte unter {P} an", "bin unter {P} erreichbar"],
    "ch": ["lüüt mer aa uf {P}", "erreichbar unter {P}"],
    "fr": ["appelle-moi au {P}", "tu peux me joindre au {P}", "mon numéro : {P}", "rappelez-moi au {P} svp"],
    "be": ["bel me op {P}", "appelle-moi au {P}", "mon gsm c'est le {P}"],
    "nl": ["bel me op {P}", "ik ben bereikbaar op {P}", "mijn nieuwe nummer is {P}", "app me even op {P}"],
    "es": ["llámame al {P}", "mi número es el {P}", "puedes escribirme al {P}", "contacto: {P}"],
    "it": ["chiamami al {P}", "il mio numero è {P}", "scrivimi su WhatsApp al {P}", "reperibile al {P}"],
    "pt": ["liga-me para o {P}", "o meu número é {P}", "manda mensagem para {P}", "contacte-nos pelo {P}"],
    "pl": ["zadzwoń pod {P}", "mój numer to {P}", "proszę o kontakt pod numerem {P}", "dzwoń na {P}"],
    "se": ["ring mig på {P}", "mitt nummer är {P}", "nås på {P}", "sms:a till {P}"],
    "dk": ["ring til mig på {P}", "mit nummer er {P}", "kan træffes på {P}", "skriv på {P}"],
    "no": ["ring meg på {P}", "nummeret mitt er {P}", "kan nås på {P}", "send sms til {P}"],
    "fi": ["soita numeroon {P}", "numeroni on {P}", "tavoittaa numerosta {P}", "laita viestiä {P}"],
    "cz": ["zavolej mi na {P}", "moje číslo je {P}", "volejte na {P}", "napište mi na {P}"],
    "hu": ["hívj a {P} számon", "a számom {P}", "hívjon a {P} számon", "írj a {P} számra"],
    "tr": ["beni {P} numaradan ara", "numaram {P}", "bana {P} üzerinden ulaşabilirsiniz", "whatsapp: {P}"],
    "ro": ["sună-mă la {P}", "numărul meu e {P}", "mă găsiți la {P}", "scrie-mi pe WhatsApp la {P}"],
    "gr": ["πάρε με στο {P}", "το κινητό μου είναι {P}", "καλέστε στο {P}", "στείλε μου στο {P}"],
    "gb": ["call me on {P}", "ring me on {P}", "my number's {P}", "text me on {P}"],
    "ie": ["ring me on {P}", "give us a call on {P}", "my mobile is {P}", "text me on {P}"],
    "us": ["call me at {P}", "text me at {P}", "you can reach me at {P}", "my cell is {P}"],
}
# Prose with no phone word: what a person writes before a number they mean as a phone.
BARE = {
    "de": ["Bei Fragen: {P}", "Maria (abends): {P}", "Notfall {P}"],
    "at": ["Bei Rückfragen {P}", "Hausverwaltung {P}"],
    "ch": ["Bei Fragen: {P}", "Hauswart {P}"],
    "fr": ["En cas d'urgence : {P}", "joignable au {P}", "Contact : {P}"],
    "be": ["Contact : {P}", "bereikbaar op {P}"],
    "nl": ["Bij vragen: {P}", "bereikbaar via {P}", "Spoed: {P}"],
    "es": ["Contacto: {P}", "Urgencias: {P}", "disponible en el {P}"],
    "it": ["Per info: {P}", "Riferimento: {P}", "contatto {P}"],
    "pt": ["Contacto: {P}", "Para marcações: {P}", "Urgências: {P}"],
    "pl": ["Kontakt: {P}", "W razie pytań: {P}", "Rezerwacje: {P}"],
    "se": ["Kontakt: {P}", "Vid frågor: {P}", "Bokning: {P}"],
    "dk": ["Kontakt: {P}", "Ved spørgsmål: {P}", "Vagt: {P}"],
    "no": ["Kontakt: {P}", "Ved spørsmål: {P}", "Vakt: {P}"],
    "fi": ["Yhteystiedot: {P}", "Kysymyksiin vastaa {P}", "Päivystys {P}"],
    "cz": ["Kontakt: {P}", "V případě dotazů: {P}", "Pohotovost {P}"],
    "hu": ["Elérhetőség: {P}", "Kérdés esetén: {P}", "Ügyelet: {P}"],
    "tr": ["İletişim: {P}", "Bilgi için: {P}", "Acil durumda: {P}"],
    "ro": ["Contact: {P}", "Informații: {P}", "Urgențe: {P}"],
    "gr": ["Επικοινωνία: {P}", "Πληροφορίες: {P}", "Contact: {P}"],
    "gb": ["Contact: {P}", "Out of hours: {P}", "Enquiries {P}"],
    "ie": ["Contact: {P}", "Bookings: {P}", "Out of hours {P}"],
    "us": ["Contact: {P}", "After hours: {P}", "Reservations {P}"],
}
EXT = {"de": [" Durchwahl -{X}", " App. {X}", " DW {X}"], "at": [" DW {X}", " Klappe {X}"], "ch": [" intern {X}"],
       "fr": [" poste {X}", " p. {X}"], "be": [" poste {X}", " toestel {X}"], "nl": [" toestel {X}", " tst. {X}"],
       "es": [" ext. {X}", " extensión {X}"], "it": [" int. {X}", " interno {X}"], "pt": [" ext. {X}", " extensão {X}"],
       "pl": [" wew. {X}"], "se": [" ankn. {X}"], "dk": [" lokal {X}"], "no": [" linje {X}"], "fi": [" alanumero {X}"],
       "cz": [" linka {X}", " kl. {X}"], "hu": [" mellék {X}", " m. {X}"], "tr": [" dahili {X}", " dah. {X}"],
       "ro": [" int. {X}", " interior {X}"], "gr": [" εσωτ. {X}"], "gb": [" ext. {X}", " x{X}"], "ie": [" ext. {X}"],
       "us": [" ext. {X}", " x{X}", " ext {X}"]}
COLUMN = {"de": "Telefon", "at": "Telefon", "ch": "Telefon", "fr": "téléphone", "be": "GSM", "nl": "telefoon", "es": "teléfono",
          "it": "telefono", "pt": "telemóvel", "pl": "telefon", "se": "telefon", "dk": "tlf", "no": "mobil", "fi": "puhelin",
          "cz": "telefon", "hu": "telefonszám", "tr": "cep", "ro": "telefon", "gr": "τηλέφωνο", "gb": "phone", "ie": "mobile", "us": "phone"}
JSONKEY = {"de": ["telefon", "handy", "phone"], "at": ["telefon", "mobil"], "ch": ["telefon", "natel"], "fr": ["telephone", "portable", "tel"],
           "be": ["gsm", "telephone"], "nl": ["telefoon", "mobiel", "telefoonnummer"], "es": ["telefono", "movil"], "it": ["telefono", "cellulare"],
           "pt": ["telefone", "telemovel"], "pl": ["telefon", "nr_tel", "komorka"], "se": ["telefon", "mobilnummer"], "dk": ["tlf", "telefon"],
           "no": ["telefon", "mobil"], "fi": ["puhelin", "puhelinnumero"], "cz": ["telefon", "mobil"], "hu": ["telefonszam", "mobil"],
           "tr": ["telefon", "cep_tel"], "ro": ["telefon", "nr_telefon"], "gr": ["tilefono", "kinito"], "gb": ["phone", "mobile"],
           "ie": ["phone", "mobile"], "us": ["phone", "cell", "phoneNumber"]}
# A column or key with no phone word: what the value is must come from its shape.
NOWORD_COL = {"de": "Kontakt", "at": "Kontakt", "ch": "Kontakt", "fr": "contact", "be": "contact", "nl": "contact", "es": "contacto",
              "it": "recapito", "pt": "contacto", "pl": "kontakt", "se": "kontakt", "dk": "kontakt", "no": "kontakt", "fi": "yhteystieto",
              "cz": "kontakt", "hu": "elérhetőség", "tr": "iletişim", "ro": "contact", "gr": "επικοινωνία", "gb": "contact", "ie": "contact", "us": "contact"}


# ---- people, addresses, look-alikes ---------------------------------------------------------------
NAMES = {
    "de": (["Maria", "Jonas", "Ulrike", "Tobias", "Katrin", "Stefan"], ["Keller", "Weber", "Lindner", "Krause", "Brandt"]),
    "at": (["Lukas", "Theresa", "Florian", "Magdalena"], ["Gruber", "Huber", "Pichler", "Steiner"]),
    "ch": (["Reto", "Corinne", "Urs", "Seraina"], ["Brunner", "Meier", "Baumgartner", "Zürcher"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Élodie"], ["Dupont", "Lefèvre", "Moreau", "Girard", "Rousseau"]),
    "be": (["Lotte", "Wouter", "Amélie", "Thibault"], ["Peeters", "Janssens", "Dubois", "Lambert"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost"], ["Jansen", "Visser", "Bakker", "Mulder", "de Boer"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio"], ["García", "Navarro", "Romero", "Ortega"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide"], ["Rossi", "Bianchi", "Colombo", "Ricci"]),
    "pt": (["João", "Inês", "Tiago", "Mariana"], ["Ferreira", "Carvalho", "Sousa", "Almeida"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], ["Kowalczyk", "Wójcik", "Nowak", "Mazur"]),
    "se": (["Sven", "Ingrid", "Karin", "Anders"], ["Lindqvist", "Andersson", "Holm", "Nyberg"]),
    "dk": (["Mette", "Rasmus", "Freja", "Mikkel"], ["Sørensen", "Jørgensen", "Madsen", "Nielsen"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon"], ["Haugen", "Johansen", "Bakke", "Solberg"]),
    "fi": (["Aino", "Mikko", "Johanna", "Juha"], ["Virtanen", "Korhonen", "Mäkinen", "Nieminen"]),
    "cz": (["Jana", "Petr", "Lucie", "Martin"], ["Novák", "Svobodová", "Dvořák", "Černá"]),
    "hu": (["Eszter", "Bence", "Anna", "Gábor"], ["Nagy", "Kovács", "Tóth", "Szabó"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Bogdan"], ["Popescu", "Ionescu", "Stoica", "Munteanu"]),
    "gr": (["Eleni", "Giorgos", "Katerina", "Nikos"], ["Papadopoulos", "Georgiou", "Oikonomou", "Dimitriou"]),
    "gb": (["Oliver", "Hannah", "Rebecca", "Thomas"], ["Ashworth", "Fletcher", "Harding", "Pemberton"]),
    "ie": (["Siobhán", "Ciarán", "Aoife", "Declan"], ["Byrne", "O'Sullivan", "Kavanagh", "Doyle"]),
    "us": (["Jessica", "Tyler", "Megan", "Brandon"], ["Whitaker", "Delgado", "Hollis", "Brennan"]),
}


def name(cc):
    g, s = NAMES[cc]
    return rng.choice(g) + " " + rng.choice(s)


def address(cc):
    n = str(rng.randint(1, 180))
    if cc == "de":
        return "%s %s, %s %s" % (pick("Hauptstraße", "Bahnhofstr.", "Lindenallee", "Am Markt"), n + pick("", "a"), dg(5, "0123456789"[1:]), pick("Berlin", "Köln", "Leipzig", "Freiburg"))
    if cc == "at":
        return "%s %s/%d, %s %s" % (pick("Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse"), n, rng.randint(1, 20), pick("1060", "1030", "8010", "4020"), pick("Wien", "Graz", "Linz"))
    if cc == "ch":
        return "%s %s, %s %s" % (pick("Bahnhofstrasse", "Seestrasse", "Rue du Marché"), n, pick("8001", "3011", "4051", "1204"), pick("Zürich", "Bern", "Basel", "Genève"))
    if cc == "fr":
        return "%s %s, %s %s" % (n + pick("", " bis"), pick("rue de la République", "avenue Jean Jaurès", "boulevard Voltaire"), pick("75011", "69003", "13006", "31000"), pick("Paris", "Lyon", "Marseille", "Toulouse"))
    if cc == "be":
        return "%s %s%s, %s %s" % (pick("Rue Neuve", "Meir", "Kerkstraat", "Avenue Louise"), n, pick("", " bus 3", " bte 2"), pick("1000", "2000", "9000", "1050"), pick("Bruxelles", "Antwerpen", "Gent", "Ixelles"))
    if cc == "nl":
        return "%s %s, %s %s %s" % (pick("Keizersgracht", "Dorpsstraat", "Stationsweg"), n, dg(4, "123456789"), pick("AB", "CJ", "KL", "XR"), pick("Amsterdam", "Utrecht", "Zwolle"))
    if cc == "es":
        return "C/ %s, %s, %dº %s, %s %s" % (pick("Mayor", "Alcalá", "Gran Vía", "Serrano"), n, rng.randint(1, 8), pick("A", "B", "izq."), pick("28013", "08010", "46002", "41004"), pick("Madrid", "Barcelona", "Valencia", "Sevilla"))
    if cc == "it":
        return "%s %s, %s %s (%s)" % (pick("Via Roma", "Corso Italia", "Via Garibaldi", "Piazza Duomo"), n, pick("20121", "00185", "10121", "50123"), pick("Milano", "Roma", "Torino", "Firenze"), pick("MI", "RM", "TO", "FI"))
    if cc == "pt":
        return "%s %s, %s.º Esq., %s-%s %s" % (pick("Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina"), n, rng.randint(1, 9), pick("1100", "1250", "4000"), dg(3), pick("Lisboa", "Porto"))
    if cc == "pl":
        return "ul. %s %s/%d, %s-%s %s" % (pick("Marszałkowska", "Długa", "Piotrkowska", "Floriańska"), n, rng.randint(1, 60), dg(2), dg(3), pick("Warszawa", "Kraków", "Łódź", "Gdańsk"))
    if cc == "se":
        return "%s %s, %s %s %s" % (pick("Drottninggatan", "Storgatan", "Kungsgatan"), n, dg(3, "123456789"), dg(2), pick("Stockholm", "Göteborg", "Malmö"))
    if cc == "dk":
        return "%s %s, %s. tv., %s %s" % (pick("Vesterbrogade", "Nørregade", "Østergade"), n, rng.randint(1, 5), dg(4, "123456789"), pick("København V", "Aarhus C", "Odense C"))
    if cc == "no":
        return "%s %s, %s %s" % (pick("Karl Johans gate", "Storgata", "Kongens gate"), n, dg(4), pick("Oslo", "Bergen", "Trondheim"))
    if cc == "fi":
        return "%s %s %s %d, %s %s" % (pick("Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu"), n, pick("A", "B", "C"), rng.randint(1, 40), pick("00100", "33100", "20100"), pick("Helsinki", "Tampere", "Turku"))
    if cc == "cz":
        return "%s %s/%d, %s %s %s" % (pick("Vinohradská", "Husova", "Masarykova"), n, rng.randint(1, 30), dg(3, "1234567"), dg(2), pick("Praha 2", "Brno", "Ostrava"))
    if cc == "hu":
        return "%s %s, %s %s. %s/%d." % (dg(4, "123456789"), pick("Budapest", "Debrecen", "Szeged"), pick("Váci utca", "Rákóczi út", "Petőfi Sándor utca"), n, rng.randint(1, 4), rng.randint(1, 20))
    if cc == "tr":
        return "%s Mah. %s Cad. No: %s D: %d, %s %s" % (pick("Moda", "Kızılay", "Alsancak"), pick("Atatürk", "Cumhuriyet", "İstiklal"), n, rng.randint(1, 20), dg(5, "0123"), pick("Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir"))
    if cc == "ro":
        return "Str. %s nr. %s, bl. %s, ap. %d, %s %s" % (pick("Lipscani", "Mihai Eminescu", "Victoriei"), n, pick("A3", "B2", "C1"), rng.randint(1, 90), dg(6), pick("București", "Cluj-Napoca", "Iași"))
    if cc == "gr":
        return "%s %s, %s %s %s" % (pick("Ερμού", "Πανεπιστημίου", "Tsimiski", "Egnatias"), n, dg(3, "1"), dg(2), pick("Αθήνα", "Athina", "Thessaloniki"))
    if cc == "gb":
        return "%s %s, %s %s %d%s" % (n, pick("High Street", "Station Road", "Church Lane"), pick("London", "Leeds", "Bristol"), pick("SW1A", "LS1", "BS1", "N7"), rng.randint(1, 9), pick("AA", "XE", "JT"))
    if cc == "ie":
        return "%s %s, %s %s" % (n, pick("Main Street", "Grafton Street", "O'Connell Street"), pick("Dublin 2", "Cork", "Galway"), pick("D02 X285", "T12 RX4P", "H91 E2K8"))
    return "%s %s, Suite %d, %s %s" % (n + dg(2), pick("Market St", "Main Street", "Oak Ave"), rng.randint(100, 900), pick("San Francisco, CA", "Toronto, ON", "Austin, TX", "Chicago, IL"), pick(dg(5), "M5V 2T6", "V6B 1A1"))


def regno(cc):
    """A company, tax or register number of cc, as its papers print it: (label, value)."""
    return {
        "de": lambda: pick(("HRB", nz(5) + " B"), ("USt-IdNr.", "DE" + dg(9)), ("St.-Nr.", "%s/%s/%s" % (dg(2), dg(3), dg(5))), ("Steuernummer", "%s %s %s" % (dg(3), dg(3), dg(5)))),
        "at": lambda: pick(("FN", nz(6) + " " + pick("a", "k", "z")), ("UID", "ATU" + dg(8)), ("Steuernr.", "%s-%s/%s" % (dg(2), dg(3), dg(4)))),
        "ch": lambda: pick(("UID", "CHE-%s.%s.%s" % (dg(3), dg(3), dg(3))), ("MWST-Nr.", "CHE-%s.%s.%s MWST" % (dg(3), dg(3), dg(3))), ("Handelsregister", "CH-%s.%s.%s-%s" % (dg(3), dg(1), dg(3), dg(3)))),
        "fr": lambda: pick(("SIREN", "%s %s %s" % (nz(3), dg(3), dg(3))), ("SIRET", "%s %s %s %s" % (nz(3), dg(3), dg(3), dg(5))), ("N° TVA", "FR %s %s" % (dg(2), nz(9))), ("RCS Paris B", "%s %s %s" % (nz(3), dg(3), dg(3)))),
        "be": lambda: pick(("BTW", "BE 0%s.%s.%s" % (dg(3), dg(3), dg(3))), ("N° d'entreprise", "0%s.%s.%s" % (dg(3), dg(3), dg(3))), ("RPR/RPM", "0%s %s %s" % (dg(3), dg(3), dg(3)))),
        "nl": lambda: pick(("KvK", nz(8)), ("KvK-nummer", "%s %s" % (nz(4), dg(4))), ("btw-id", "NL%sB%s" % (dg(9), dg(2))), ("RSIN", nz(9))),
        "es": lambda: pick(("CIF", "B" + dg(8)), ("NIF", nz(8) + "Z"), ("Nº de cliente", nz(8)), ("Ref. catastral", dg(7) + "VK" + dg(4) + "N0001" + pick("AB", "XY"))),
        "it": lambda: pick(("P.IVA", nz(11)), ("C.F.", "%s %s" % (nz(5), dg(6))), ("REA", "MI-" + nz(7)), ("Cod. cliente", nz(8))),
        "pt": lambda: pick(("NIPC", "5%s %s %s" % (dg(2), dg(3), dg(3))), ("NIF", "%s %s %s" % (pick("2", "1"), dg(2), dg(3)) + " " + dg(3)), ("Cons. Reg. Com.", nz(9))),
        "pl": lambda: pick(("NIP", "%s-%s-%s-%s" % (nz(3), dg(3), dg(2), dg(2))), ("NIP", nz(10)), ("REGON", nz(9)), ("KRS", "0000" + nz(6))),
        "se": lambda: pick(("Org.nr", "556%s-%s" % (dg(3), dg(4))), ("Momsreg.nr", "SE556%s%s01" % (dg(3), dg(4))), ("Bankgiro", "%s-%s" % (nz(3), dg(4))), ("Plusgiro", "%s-%s" % (nz(6), dg(1)))),
        "dk": lambda: pick(("CVR", nz(8)), ("CVR-nr.", "%s %s %s %s" % (nz(2), dg(2), dg(2), dg(2))), ("SE-nr.", nz(8)), ("Kundenr.", nz(8))),
        "no": lambda: pick(("Org.nr.", "%s %s %s" % (pick("8", "9"), dg(2), dg(3)) + " " + dg(3)), ("Org.nr.", "9%s %s %s MVA" % (dg(2), dg(3), dg(3))), ("Kontonr.", "%s.%s.%s" % (nz(4), dg(2), dg(5)))),
        "fi": lambda: pick(("Y-tunnus", "%s-%s" % (nz(7), dg(1))), ("ALV-nro", "FI" + nz(8)), ("Asiakasnumero", nz(8))),
        "cz": lambda: pick(("IČO", nz(8)), ("IČ", "%s %s %s" % (nz(2), dg(3), dg(3))), ("DIČ", "CZ" + nz(8)), ("Spisová značka", "C %s" % nz(5))),
        "hu": lambda: pick(("Adószám", "%s-%s-%s" % (nz(8), dg(1), dg(2))), ("Cégjegyzékszám", "%s-%s-%s" % (dg(2), dg(2), nz(6))), ("Ügyfélszám", nz(9))),
        "tr": lambda: pick(("Vergi No", nz(10)), ("Mersis No", "0" + nz(15)), ("Ticaret Sicil No", nz(6)), ("Müşteri No", nz(9))),
        "ro": lambda: pick(("CUI", "RO" + nz(8)), ("Nr. Reg. Com.", "J40/%d/%d" % (rng.randint(100, 20000), rng.randint(2000, 2024))), ("Cod client", nz(10))),
        "gr": lambda: pick(("ΑΦΜ", "0" + nz(8)), ("ΓΕΜΗ", nz(12)), ("Αρ. πελάτη", nz(9))),
        "gb": lambda: pick(("Company No.", "0" + nz(7)), ("VAT Reg. No.", "GB %s %s %s" % (nz(3), dg(4), dg(2))), ("Account no.", nz(8))),
        "ie": lambda: pick(("CRO No.", nz(6)), ("VAT No.", "IE" + nz(7) + pick("A", "T", "W")), ("Account no.", nz(8))),
        "us": lambda: pick(("EIN", "%s-%s" % (nz(2), dg(7))), ("Account #", nz(10)), ("Member ID", pick("W", "X") + nz(9)), ("NPI", "1" + dg(9))),
    }[cc]()


def order(cc):
    w = {"de": "Bestellnr.", "at": "Auftragsnr.", "ch": "Bestellung", "fr": "Commande n°", "be": "Bestelling", "nl": "Ordernummer",
         "es": "Pedido nº", "it": "Ordine n.", "pt": "Encomenda n.º", "pl": "Zamówienie nr", "se": "Ordernr", "dk": "Ordrenr.",
         "no": "Ordrenr.", "fi": "Tilausnumero", "cz": "Objednávka č.", "hu": "Rendelésszám:", "tr": "Sipariş No:", "ro": "Comanda nr.",
         "gr": "Αρ. παραγγελίας", "gb": "Order no.", "ie": "Order ref", "us": "Order #"}[cc]
    v = pick(nz(8), nz(10), "%s-%s" % (nz(3), dg(7)), "%s %s %s" % (nz(3), dg(3), dg(3)), "%s/%s" % (nz(6), pick("2024", "2025")), "%s %s" % (nz(4), dg(4)))
    return w, v


INVOICE = {"de": "Rechnung", "at": "Rechnung", "ch": "Rechnung", "fr": "Facture", "be": "Factuur", "nl": "Factuur", "es": "Factura",
           "it": "Fattura", "pt": "Fatura", "pl": "Faktura", "se": "Faktura", "dk": "Faktura", "no": "Faktura", "fi": "Lasku",
           "cz": "Faktura", "hu": "Számla", "tr": "Fatura", "ro": "Factura", "gr": "Τιμολόγιο", "gb": "Invoice", "ie": "Invoice", "us": "Invoice"}
CURRENCY = {"pl": "zł", "se": "kr", "dk": "kr.", "no": "kr", "cz": "Kč", "hu": "Ft", "tr": "TL", "ro": "lei", "gb": "£", "us": "$", "ch": "CHF"}


def amount(cc):
    a = rng.randint(100, 9999999)
    whole, cents = a // 100, a % 100
    if cc in ("gb", "ie", "us"):
        s = "{:,}".format(whole) + ".%02d" % cents
        return (CURRENCY.get(cc, "€") + s)
    if cc in ("de", "at", "nl", "es", "it", "pt", "be", "ro", "tr", "gr", "dk"):
        s = "{:,}".format(whole).replace(",", ".") + ",%02d" % cents
    elif cc == "ch":
        s = "{:,}".format(whole).replace(",", "'") + ".%02d" % cents
    else:
        s = "{:,}".format(whole).replace(",", "\u00a0" if cc == "fr" else " ") + ",%02d" % cents
    return s + " " + CURRENCY.get(cc, "€")


def date_(cc):
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if cc == "us":
        return pick("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d))
    if cc in ("hu", "se", "lt"):
        return pick("%d-%02d-%02d" % (y, m, d), "%d. %02d. %02d." % (y, m, d) if cc == "hu" else "%d%02d%02d" % (y % 100, m, d), "%d.%02d.%02d." % (y, m, d) if cc == "hu" else "%d-%02d-%02d" % (y, m, d))
    if cc in ("gb", "ie", "fr", "es", "it", "pt", "gr", "be"):
        return pick("%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y))
    return pick("%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100))


def time_():
    h = rng.randint(7, 18)
    return pick("%02d:%02d" % (h, pick(0, 15, 30, 45)), "%d:%02d-%d:%02d" % (h, 0, h + 2, 30), "%02d.%02d" % (h, pick(0, 30)))


def tracking():
    return pick("JJD00" + dg(16), "1Z" + dg(3, "0123456789") + "AA1" + dg(10), "00340434" + dg(12), dg(4) + " " + dg(4) + " " + dg(4), "RR" + dg(9) + "DE", dg(14))


IBAN_CC = {"de": ("DE", 22), "at": ("AT", 20), "ch": ("CH", 21), "fr": ("FR", 27), "be": ("BE", 16), "nl": ("NL", 18), "es": ("ES", 24),
           "it": ("IT", 27), "pt": ("PT", 25), "pl": ("PL", 28), "se": ("SE", 24), "dk": ("DK", 18), "no": ("NO", 15), "fi": ("FI", 18),
           "cz": ("CZ", 24), "hu": ("HU", 28), "tr": ("TR", 26), "ro": ("RO", 24), "gr": ("GR", 27), "gb": ("GB", 22), "ie": ("IE", 22), "us": ("DE", 22)}


def ibanpart(cc):
    c, _ = IBAN_CC[cc]
    return pick("%s** **** **** %s %s" % (c, dg(4), dg(2)), "…%s %s" % (dg(4), dg(2)), "%s%s...%s" % (c, dg(2), dg(4)), "**** %s %s" % (dg(4), dg(4)))


def cardpart():
    return pick("**** **** **** " + dg(4), "XXXX-XXXX-XXXX-" + dg(4), "•••• " + dg(4), "4" + dg(5) + "******" + dg(4), "ending " + dg(4))


IBANWORD = {"de": "IBAN", "gb": "Account", "us": "Account", "fr": "IBAN", "pl": "Rachunek"}
CARDWORD = {"de": "Karte", "at": "Karte", "ch": "Karte", "fr": "Carte", "be": "Kaart", "nl": "Kaart", "es": "Tarjeta", "it": "Carta",
            "pt": "Cartão", "pl": "Karta", "se": "Kort", "dk": "Kort", "no": "Kort", "fi": "Kortti", "cz": "Karta", "hu": "Kártya",
            "tr": "Kart", "ro": "Card", "gr": "Κάρτα", "gb": "Card", "ie": "Card", "us": "Card"}
DATEWORD = {"de": "Datum", "at": "Datum", "ch": "Datum", "fr": "Date", "be": "Datum", "nl": "Datum", "es": "Fecha", "it": "Data",
            "pt": "Data", "pl": "Data", "se": "Datum", "dk": "Dato", "no": "Dato", "fi": "Päivämäärä", "cz": "Datum", "hu": "Dátum",
            "tr": "Tarih", "ro": "Data", "gr": "Ημερομηνία", "gb": "Date", "ie": "Date", "us": "Date"}
AMOUNTWORD = {"de": "Betrag", "at": "Betrag", "ch": "Betrag", "fr": "Montant", "be": "Bedrag", "nl": "Bedrag", "es": "Importe",
              "it": "Importo", "pt": "Valor", "pl": "Kwota", "se": "Belopp", "dk": "Beløb", "no": "Beløp", "fi": "Summa", "cz": "Částka",
              "hu": "Összeg", "tr": "Tutar", "ro": "Suma", "gr": "Ποσό", "gb": "Amount", "ie": "Amount", "us": "Amount"}
TRACKWORD = {"de": "Sendungsnr.", "fr": "N° de suivi", "nl": "Track & trace", "es": "Nº de seguimiento", "it": "Tracking", "pl": "Nr przesyłki",
             "gb": "Tracking no.", "us": "Tracking #"}


# Words of each country's documents: a closing, a company form, a list's heading, the name field.
WORDS = {
    "de": ("Mit freundlichen Grüßen", "GmbH", "Durchwahlen", "Name", "Anschrift"),
    "at": ("Mit freundlichen Grüßen", "GmbH", "Telefonliste", "Name", "Adresse"),
    "ch": ("Freundliche Grüsse", "AG", "Interne Nummern", "Name", "Adresse"),
    "fr": ("Cordialement", "SAS", "Annuaire", "Nom", "Adresse"),
    "be": ("Bien à vous", "SRL", "Annuaire", "Nom", "Adresse"),
    "nl": ("Met vriendelijke groet", "B.V.", "Telefoonlijst", "Naam", "Adres"),
    "es": ("Un saludo", "S.L.", "Lista de contactos", "Nombre", "Dirección"),
    "it": ("Cordiali saluti", "S.r.l.", "Numeri interni", "Nome", "Indirizzo"),
    "pt": ("Com os melhores cumprimentos", "Lda.", "Lista de contactos", "Nome", "Morada"),
    "pl": ("Z poważaniem", "Sp. z o.o.", "Lista telefonów", "Imię i nazwisko", "Adres"),
    "se": ("Med vänliga hälsningar", "AB", "Telefonlista", "Namn", "Adress"),
    "dk": ("Med venlig hilsen", "ApS", "Telefonliste", "Navn", "Adresse"),
    "no": ("Vennlig hilsen", "AS", "Telefonliste", "Navn", "Adresse"),
    "fi": ("Ystävällisin terveisin", "Oy", "Puhelinluettelo", "Nimi", "Osoite"),
    "cz": ("S pozdravem", "s.r.o.", "Telefonní seznam", "Jméno", "Adresa"),
    "hu": ("Üdvözlettel", "Kft.", "Telefonkönyv", "Név", "Cím"),
    "tr": ("Saygılarımla", "A.Ş.", "Rehber", "Ad Soyad", "Adres"),
    "ro": ("Cu stimă", "S.R.L.", "Agenda", "Nume", "Adresă"),
    "gr": ("Με εκτίμηση", "Α.Ε.", "Τηλεφωνικός κατάλογος", "Ονοματεπώνυμο", "Διεύθυνση"),
    "gb": ("Kind regards", "Ltd", "Phone list", "Name", "Address"),
    "ie": ("Kind regards", "Ltd", "Contact list", "Name", "Address"),
    "us": ("Best,", "Inc.", "Phone list", "Name", "Address"),
}


# ---- look-alikes: appended as short lines or inline parts -------------------------------------------
def lookalike(d, cc, kind=None):
    kind = kind or pick("reg", "order", "date", "amount", "iban", "card", "track", "reg", "order")
    if kind == "reg":
        lab, v = regno(cc)
        d.t(lab + " ").neg("CODE", v)
    elif kind == "order":
        w, v = order(cc)
        d.t(w + " ").neg("ORDER", v)
    elif kind == "date":
        d.t(DATEWORD[cc] + ": ").neg("DATE", date_(cc)).t(", ").neg("TIME", time_())
    elif kind == "amount":
        d.t(AMOUNTWORD[cc] + ": ").neg("NUMBER", amount(cc))
    elif kind == "iban":
        d.t(IBANWORD.get(cc, "IBAN") + ": ").neg("IBANPART", ibanpart(cc))
    elif kind == "card":
        d.t(CARDWORD[cc] + " ").neg("CARDPART", cardpart())
    else:
        d.t(TRACKWORD.get(cc, "Tracking") + " ").neg("TRACKING", tracking())
    return d


# ---- putting a phone in ------------------------------------------------------------------------------
def put(d, cc, label=None, ext=None, how=None):
    """Appends one phone of cc: after `label` (text, or None for none), maybe with an extension;
    how: None (the written form), "tel" (a tel: URI), "wa" (a wa.me link), "href" (both)."""
    text, e164 = phone(cc)
    if label:
        d.t(label + ("" if label.endswith((" ", "\t", "\n")) else " "))
    if how == "tel":
        d.t("tel:").ph(pick("+" + e164, "+" + e164, text.replace(" ", "")) if not text.startswith("(") else "+" + e164)
    elif how == "wa":
        d.t(pick("https://wa.me/", "wa.me/", "https://api.whatsapp.com/send?phone=")).ph(e164)
    elif how == "href":
        d.t('<a href="tel:').ph("+" + e164).t('">').ph(text).t("</a>")
    else:
        d.ph(text)
        if ext or (ext is None and rng.random() < 0.1):
            x = dg(pick(2, 2, 3, 4), "123456789")
            d.t(pick(*EXT[cc]).replace("{X}", x))
    return d


def lab(cc):
    return pick(*LABELS[cc])


# ---- containers ----------------------------------------------------------------------------------------
def signature(cc):
    d = D(LANG[cc], cc)
    d.t(WORDS[cc][0] + "\n\n")
    d.span("PERSON", name(cc)).t("\n")
    d.t(pick("Nordlicht", "Alpina", "Helix", "Borealis", "Meridian", "Vega") + " " + WORDS[cc][1] + "\n")
    d.span("STREET_ADDRESS", address(cc)).t("\n")
    style = rng.random()
    if style < 0.6:
        put(d, cc, lab(cc)).t(pick(" | ", "\n", "  ·  "))
        put(d, cc, lab(cc)).t("\n")
    elif style < 0.8:
        put(d, cc, None).t(pick(" | ", "\n", " / "))
        put(d, cc, None).t("\n")
    else:
        put(d, cc, None, how="href").t("\n")
    web = pick("www.example.com", "info@example.org")
    if "@" in web:
        d.span("EMAIL_ADDRESS", web).t("\n")
    else:
        d.t(web + "\n")
    lookalike(d, cc, "reg").t(" · ")
    lookalike(d, cc, pick("reg", "iban")).t("\n")
    d.done()


def table(cc):
    d = D(LANG[cc], cc)
    wordcol = rng.random() < 0.7
    head = COLUMN[cc] if wordcol else NOWORD_COL[cc]
    d.t("| # | %s | %s | %s | %s |\n|---|---|---|---|---|\n" % (WORDS[cc][3], head, order(cc)[0].rstrip(":"), DATEWORD[cc]))
    for i in range(rng.randint(2, 4)):
        d.t("| %d | " % (i + 1)).span("PERSON", name(cc)).t(" | ")
        put(d, cc, None, ext=False).t(" | ").neg("ORDER", order(cc)[1]).t(" | ").neg("DATE", date_(cc)).t(" |\n")
    d.done()


def csv_(cc):
    d = D(LANG[cc], cc)
    sep = pick(";", ",", "\t")
    wordcol = rng.random() < 0.7
    head = COLUMN[cc] if wordcol else NOWORD_COL[cc]
    d.t(sep.join(["id", WORDS[cc][3].lower(), head, AMOUNTWORD[cc].lower(), DATEWORD[cc].lower()]) + "\n")
    for i in range(rng.randint(2, 4)):
        d.neg("ORDER", nz(7)).t(sep).span("PERSON", name(cc)).t(sep)
        if sep == "," and rng.random() < 0.5:
            d.t('"')
            put(d, cc, None, ext=False).t('"')
        else:
            put(d, cc, None, ext=False)
        amt = amount(cc)
        if sep == "," and "," in amt:
            d.t(sep + '"').neg("NUMBER", amt).t('"' + sep)
        else:
            d.t(sep).neg("NUMBER", amt).t(sep)
        d.neg("DATE", date_(cc)).t("\n")
    d.done()


def json_(cc):
    d = D(LANG[cc], cc)
    nk = rng.random() < 0.2
    key = pick("contact", "number", "value", "msisdn") if nk else pick(*JSONKEY[cc])
    d.t('{"customer": {"name": "').span("PERSON", name(cc)).t('", "%s": "' % key)
    if key == "msisdn":
        d.ph(phone(cc)[1])
    else:
        put(d, cc, None, ext=False)
    d.t('", "customerNo": "').neg("ORDER", nz(9)).t('", "created": "').neg("DATE", date_(cc)).t('"},\n "order": {"id": "')
    d.neg("ORDER", pick(nz(10), "%s-%s" % (nz(3), dg(6)))).t('", "total": "').neg("NUMBER", amount(cc)).t('", "payment": "').neg("CARDPART", cardpart()).t('"')
    if rng.random() < 0.5:
        d.t(', "delivery": {"address": "').span("STREET_ADDRESS", address(cc)).t('", "%s": "' % pick(*JSONKEY[cc]))
        put(d, cc, None, ext=False).t('"}')
    d.t("}}\n")
    d.done()


def vcard(cc):
    d = D(LANG[cc], cc)
    nm = name(cc)
    g, s = nm.split(" ", 1)
    d.t("BEGIN:VCARD\nVERSION:3.0\nN:").span("PERSON", s).t(";").span("PERSON", g).t(";;;\nFN:").span("PERSON", nm).t("\n")
    for t in rng.sample(["CELL", "WORK,VOICE", "HOME", "cell", "work", "FAX"], rng.randint(1, 3)):
        d.t(pick("TEL;TYPE=%s:" % t, "TEL;type=%s;type=pref:" % t, "item1.TEL;TYPE=%s:" % t))
        put(d, cc, None, ext=False, how="tel" if rng.random() < 0.2 else None).t("\n")
    d.t("ADR;TYPE=WORK:;;").span("STREET_ADDRESS", address(cc)).t("\nNOTE:")
    lookalike(d, cc, "reg").t(" ")
    lookalike(d, cc, "order").t("\nEND:VCARD\n")
    d.done()


def chat(cc):
    d = D(LANG[cc], cc)
    who = name(cc)
    d.t("[%s] " % time_()[:5]).span("PERSON", who).t(": ")
    lookalike(d, cc, pick("order", "track")).t(" " + pick("arrived?", "???", "ok", "—", "") + "\n")
    d.t("[%s] " % time_()[:5]).span("PERSON", name(cc)).t(": ")
    tpl = pick(*CALL_ME[cc])
    pre, post = tpl.split("{P}")
    d.t(pre)
    put(d, cc, None, ext=False).t(post + pick("", " 🙂", ".", " pls", "!") + "\n")
    if rng.random() < 0.5:
        d.t("[%s] " % time_()[:5]).span("PERSON", who).t(": ")
        d.t(pick("ok ", "👍 ", "")).t(pick("", "paid ")).neg("NUMBER", amount(cc)).t(pick(" ", " on ")).neg("DATE", date_(cc)).t("\n")
    d.done()


def prose(cc):
    d = D(LANG[cc], cc)
    d.span("PERSON", name(cc)).t(" — ")
    lookalike(d, cc, pick("order", "date", "amount")).t(". ")
    if rng.random() < 0.5:
        tpl = pick(*BARE[cc])
        pre, post = tpl.split("{P}")
        d.t(pre)
        put(d, cc, None).t(post + ". ")
    else:
        put(d, cc, lab(cc)).t(". ")
    lookalike(d, cc).t(". ")
    lookalike(d, cc, pick("iban", "card", "reg")).t(".\n")
    d.done()


def links(cc):
    d = D(LANG[cc], cc)
    d.t(NOWORD_COL[cc].capitalize() + ": ")
    d.t('<a href="https://wa.me/')
    text, e164 = phone(cc)
    d.ph(e164).t('">WhatsApp</a> · <a href="tel:').ph("+" + e164).t('">').ph(text).t("</a>\n")
    if rng.random() < 0.5:
        put(d, cc, None, how="wa").t(pick(" (WhatsApp)", "", " 💬")).t("\n")
    else:
        d.t("[📞 " + WORDS[cc][1].strip(".") + "](tel:")
        d.ph(phone(cc)[0].replace(" ", "")).t(")\n")
    lookalike(d, cc, "reg").t(" | ")
    lookalike(d, cc, "amount").t("\n")
    d.done()


def form(cc):
    d = D(LANG[cc], cc)
    rows = [("name", None), ("addr", None), ("phone", None), ("phone2", None), ("reg", None), ("date", None), ("order", None), ("iban", None)]
    rng.shuffle(rows)
    for r, _ in rows:
        if r == "name":
            d.t(WORDS[cc][3] + ": ").span("PERSON", name(cc)).t("\n")
        elif r == "addr":
            d.t(WORDS[cc][4] + ": ").span("STREET_ADDRESS", address(cc)).t("\n")
        elif r == "phone":
            put(d, cc, lab(cc)).t("\n")
        elif r == "phone2":
            if rng.random() < 0.5:
                put(d, cc, lab(cc)).t("\n")
        elif r == "reg":
            lookalike(d, cc, "reg").t("\n")
        elif r == "date":
            lookalike(d, cc, "date").t("\n")
        elif r == "order":
            lookalike(d, cc, "order").t("\n")
        else:
            lookalike(d, cc, pick("iban", "card", "amount")).t("\n")
    d.done()


def directory(cc):
    """A phone list: name, dots or tabs, the number; no phone word on the lines."""
    d = D(LANG[cc], cc)
    d.t(WORDS[cc][2] + "\n")
    for _ in range(rng.randint(3, 5)):
        d.span("PERSON", name(cc)).t(pick(" ........ ", "\t", "  ", " - ", ": "))
        put(d, cc, None, ext=False).t("\n")
    d.t(DATEWORD[cc] + " ").neg("DATE", date_(cc)).t(" · ")
    lookalike(d, cc, "reg").t("\n")
    d.done()


def invoice(cc):
    d = D(LANG[cc], cc)
    d.t(INVOICE[cc] + " ").neg("ORDER", pick(nz(8), "%d-%s" % (rng.randint(2023, 2026), dg(5)), "%s/%s/%s" % (dg(3), dg(2), pick("24", "25")))).t("  ").neg("DATE", date_(cc)).t("\n")
    for _ in range(rng.randint(2, 3)):
        d.t(pick("Pos.", "Art.", "SKU", "Item") + " ").neg("CODE", pick(nz(6), nz(8), "%s-%s" % (nz(3), dg(3)))).t("  " + str(rng.randint(1, 9)) + " x ").neg("NUMBER", amount(cc)).t("\n")
    d.t(AMOUNTWORD[cc] + ": ").neg("NUMBER", amount(cc)).t("\n")
    lookalike(d, cc, "iban").t("\n")
    if rng.random() < 0.6:
        put(d, cc, lab(cc)).t(" · ")
    else:
        put(d, cc, None).t(" · ")
    lookalike(d, cc, "reg").t(" · ")
    lookalike(d, cc, "reg").t("\n")
    d.done()


SMS = {"de": ("Zustellung", "Fahrer"), "at": ("Zustellung", "Fahrer"), "ch": ("Zustellung", "Kurier"), "fr": ("livraison", "Livreur"),
       "be": ("levering", "Chauffeur"), "nl": ("bezorging", "Bezorger"), "es": ("entrega", "Repartidor"), "it": ("consegna", "Corriere"),
       "pt": ("entrega", "Estafeta"), "pl": ("dostawa", "Kurier"), "se": ("leverans", "Bud"), "dk": ("levering", "Chauffør"),
       "no": ("levering", "Sjåfør"), "fi": ("toimitus", "Kuljettaja"), "cz": ("doručení", "Kurýr"), "hu": ("kézbesítés", "Futár"),
       "tr": ("teslimat", "Kurye"), "ro": ("livrare", "Curier"), "gr": ("παράδοση", "Οδηγός"), "gb": ("delivery", "Driver"),
       "ie": ("delivery", "Driver"), "us": ("delivery", "Driver")}


def sms(cc):
    """Delivery and booking SMS: the sender's number and ids in one line."""
    d = D(LANG[cc], cc)
    w = SMS[cc]
    lookalike(d, cc, "track").t(pick(": ", " — ")).t(w[0] + " ")
    d.neg("DATE", date_(cc)).t(" ").neg("TIME", time_()).t(". ")
    d.t(w[1] + " ")
    put(d, cc, None, ext=False).t(". ")
    lookalike(d, cc, "amount").t("\n")
    d.done()


CONTAINERS = [signature, table, csv_, json_, vcard, chat, prose, links, form, directory, invoice, sms, prose, chat, signature, form]
for i in range(23 * len(COUNTRIES)):
    cc = COUNTRIES[i % len(COUNTRIES)]
    kind = CONTAINERS[(i // len(COUNTRIES) + i) % len(CONTAINERS)]
    n0 = len(records)
    kind(cc)
    records[n0]["metadata"]["form"] = kind.__name__.rstrip("_")

write_json(records)
